/**
 * npx tsx devset/score.ts [--set pk|other|urdu] [--misses] [--no-rules] [--registry FILE]
 *
 * Links every development-set page with the seed registry's matcher and the page-wide rules (the
 * same code the extension runs in a tab, each line of the page text read as one block) and scores
 * the links against the annotations: precision, recall, and every wrong link.
 */
import { parseArgs } from 'node:util';
import { findMentions } from '../lib/match';
import { goldSpans, pageText, readAnnotation, readPages, type GoldSpan, type SetName } from './gold';
import { readRegistry, registryMatcher } from './registry-matcher';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    misses: { type: 'boolean', default: false },
    'no-rules': { type: 'boolean', default: false },
    registry: { type: 'string' },
    quiet: { type: 'boolean', default: false },
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
const misses: string[] = [];

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 50), start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}`.replace(/\s+/gu, ' ');
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
      const gold = overlapping.length === 0 ? 'not annotated' : overlapping.map((s) => `${s.text} = ${s.id ?? `none (${s.annotation.type})`}`).join('; ');
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
if (!values.quiet) {
  console.log(`\nWrong links (${wrongLinks.length}):`);
  for (const line of wrongLinks) console.log(`  ${line}`);
  if (values.misses) {
    console.log(`\nMissed (${misses.length}):`);
    for (const line of misses) console.log(`  ${line}`);
  }
}
