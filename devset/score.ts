/**
 * npx tsx devset/score.ts [--set pk|other|urdu] [--misses] [--no-rules] [--context] [--registry FILE]
 *
 * Links every development-set page with the seed registry's matcher and the page-wide rules (the
 * same code the extension runs in a tab, each line of the page text read as one block) and scores
 * the links against the annotations: precision, recall, and every wrong link. With --context, also
 * how many entities of the knowledge base's home region each page names in full: the data behind the
 * context thresholds of generic names and acronyms.
 */
import { parseArgs } from 'node:util';
import { findMentions } from '../lib/match';
import { ACRONYM_CONTEXT_THRESHOLD, CONTEXT_THRESHOLD, LinkKind } from '../lib/match/linker';
import { goldSpans, pageText, readAnnotation, readPages, type GoldSpan, type SetName } from './gold';
import { readRegistry, registryMatcher } from './registry-matcher';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
    registry: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    context: { type: 'boolean', default: false },
  },
});

const matcher = registryMatcher(readRegistry(values.registry));
const ids = matcher.entities.map((e) => e.id);

interface Tally {
  pages: number;
  correct: number;
  wrong: number;
  gold: number;
  found: number;
}

const tallies = new Map<SetName, Tally>();
const wrongLinks: string[] = [];
const contextCounts = new Map<SetName, number[]>();
const homeRegion = matcher.regions[matcher.homeRegion];
const misses: string[] = [];

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 50), start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}`.replace(
    /\s+/gu,
    ' ',
  );
}

for (const page of readPages()) {
  if (values.set && !values.set.includes(page.set)) continue;
  const text = pageText(page.id);
  const annotation = readAnnotation(page.id);
  if (text === null || annotation === null) {
    console.warn(`${page.id}: page text or annotation missing, not scored`);
    continue;
  }
  const { spans } = goldSpans(text, annotation);
  const lines = text.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const predicted = findMentions(matcher, lines, { rules: !values['no-rules'] }).map((m) => ({
    start: lineStarts[m.block]! + m.start,
    end: lineStarts[m.block]! + m.end,
    id: ids[m.entity]!,
  }));
  const home = new Set<string>();
  for (const m of findMentions(matcher, lines)) {
    const entity = matcher.entities[m.entity]!;
    if ((m.kind === LinkKind.Name || m.kind === LinkKind.Variant) && entity.region === homeRegion) home.add(entity.id);
  }
  contextCounts.set(page.set, [...(contextCounts.get(page.set) ?? []), home.size]);
  const tally = tallies.get(page.set) ?? { pages: 0, correct: 0, wrong: 0, gold: 0, found: 0 };
  tallies.set(page.set, tally);
  tally.pages++;
  const hit = new Set<GoldSpan>();
  for (const p of predicted) {
    const overlapping = spans.filter((s) => s.start < p.end && p.start < s.end);
    const right = overlapping.find((s) => s.id === p.id);
    if (right) {
      tally.correct++;
      hit.add(right);
    } else {
      tally.wrong++;
      const gold =
        overlapping.length === 0
          ? 'not annotated'
          : overlapping.map((s) => `${s.text} = ${s.id ?? `none (${s.annotation.type})`}`).join('; ');
      wrongLinks.push(`${page.id}: ${p.id} for ${context(text, p.start, p.end)}  [gold: ${gold}]`);
    }
  }
  for (const span of spans) {
    if (span.id === null) continue;
    tally.gold++;
    if (hit.has(span)) tally.found++;
    else misses.push(`${page.id}: ${span.id} ${context(text, span.start, span.end)}`);
  }
}

const percent = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);
console.log('set    pages  links  wrong  precision  gold  found  recall');
for (const [set, t] of tallies) {
  console.log(
    `${set.padEnd(6)} ${String(t.pages).padStart(5)} ${String(t.correct + t.wrong).padStart(6)} ${String(t.wrong).padStart(6)} ${percent(t.correct, t.correct + t.wrong).padStart(10)} ${String(t.gold).padStart(5)} ${String(t.found).padStart(6)} ${percent(t.found, t.gold).padStart(7)}`,
  );
}
if (values.context) {
  console.log(
    `\nEntities of the home region (${homeRegion ?? 'none'}) named in full per page; generic names need ${CONTEXT_THRESHOLD}, acronyms without support ${ACRONYM_CONTEXT_THRESHOLD}:`,
  );
  for (const [set, counts] of contextCounts) {
    const histogram = new Map<number, number>();
    for (const c of counts) histogram.set(Math.min(c, 5), (histogram.get(Math.min(c, 5)) ?? 0) + 1);
    console.log(
      `  ${set.padEnd(6)} ${[...histogram]
        .sort((a, b) => a[0] - b[0])
        .map(([c, n]) => `${c === 5 ? '5+' : c}: ${n}`)
        .join(', ')}`,
    );
  }
}
if (!values.quiet) {
  console.log(`\nWrong links (${wrongLinks.length}):`);
  for (const line of wrongLinks) console.log(`  ${line}`);
  if (values.misses) {
    console.log(`\nMissed (${misses.length}):`);
    for (const line of misses) console.log(`  ${line}`);
  }
}
