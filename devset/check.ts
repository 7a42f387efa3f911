/**
 * npx tsx devset/check.ts [page-id…]
 *
 * Checks annotations: known ids, every annotated text on its page, no occurrence annotated twice, and
 * every place where a knowledge-base alias or short form occurs (before any linking rule) covered by an
 * annotation. Exits 1 when any page has a problem.
 */
import { goldSpans, pageText, readAnnotation, readPages } from './gold';
import { readRegistry, registryMatcher } from './registry-matcher';
import { scanText } from '../lib/match';

const registry = readRegistry();
const ids = new Set<string>(registry.entities.map((e) => e.id));
const matcher = registryMatcher(registry);
const wanted = new Set(process.argv.slice(2));
let failed = 0;
let checked = 0;
for (const page of readPages()) {
  if (wanted.size > 0 && !wanted.has(page.id)) continue;
  const problems: string[] = [];
  const text = pageText(page.id);
  const annotation = readAnnotation(page.id);
  if (text === null) problems.push('page text missing (devset/pages/<id>.txt)');
  if (annotation === null) problems.push('annotation missing (devset/annotations/<id>.json)');
  if (text !== null && annotation !== null) {
    if (annotation.id !== page.id) problems.push(`annotation id is ${annotation.id}`);
    for (const name of annotation.names)
      if (name.id !== null && !ids.has(name.id)) problems.push(`"${name.text}": unknown id ${name.id}`);
    const gold = goldSpans(text, annotation);
    problems.push(...gold.problems);
    const raw: number[] = [];
    scanText(matcher, text, raw);
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const covered = gold.spans.some((s) => s.start < end && start < s.end);
      if (!covered)
        problems.push(
          `not annotated: "${text.slice(start, end)}" at ${start}: …${text.slice(Math.max(0, start - 40), end + 40).replace(/\s+/gu, ' ')}…`,
        );
    }
  }
  checked++;
  if (problems.length > 0) {
    failed++;
    console.log(`${page.id}:`);
    for (const p of problems) console.log(`  ${p}`);
  }
}
console.log(`${checked} pages checked, ${failed} with problems`);
process.exitCode = failed > 0 ? 1 : 0;
