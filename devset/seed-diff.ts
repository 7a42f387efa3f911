/**
 * npx tsx devset/seed-diff.ts
 *
 * The seed articles' mentions with the linking rules and without them (the knowledge base's own
 * forms only): every mention the rules drop or add, with its context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArticles } from '../lib/bundle/articles';
import { findMentions } from '../lib/match';
import { readRegistry, registryMatcher } from './registry-matcher';

const matcher = registryMatcher(readRegistry());
const dir = resolve(import.meta.dirname, '../seeds');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(resolve(dir, name), 'utf8') }));
let dropped = 0;
let added = 0;
let total = 0;
for (const article of await parseArticles(files)) {
  const blocks = [article.headline, ...article.paragraphs];
  const key = (m: { block: number; start: number; end: number; entity: number }) =>
    `${m.block}:${m.start}:${m.end}:${matcher.entities[m.entity]!.id}`;
  const withRules = new Map(findMentions(matcher, blocks).map((m) => [key(m), m]));
  const without = new Map(findMentions(matcher, blocks, { rules: false }).map((m) => [key(m), m]));
  total += without.size;
  const show = (m: { block: number; start: number; end: number; entity: number }) => {
    const text = blocks[m.block]!;
    return `${matcher.entities[m.entity]!.id}: …${text.slice(Math.max(0, m.start - 40), m.start)}[${text.slice(m.start, m.end)}]${text.slice(m.end, m.end + 40)}…`;
  };
  for (const [k, m] of without)
    if (!withRules.has(k)) {
      dropped++;
      console.log(`- ${article.id} ${show(m)}`);
    }
  for (const [k, m] of withRules)
    if (!without.has(k)) {
      added++;
      console.log(`+ ${article.id} ${show(m)}`);
    }
}
console.log(`${total} mentions without the rules; the rules drop ${dropped} and add ${added}`);
