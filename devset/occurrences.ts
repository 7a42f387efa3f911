/** Lists the numbered whole-word occurrences of a text on a development-set page, with context. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [id, text] = process.argv.slice(2);
if (!id || !text) {
  console.error('usage: npx tsx devset/occurrences.ts <page-id> "<text>"');
  process.exit(2);
}
const page = readFileSync(resolve(import.meta.dirname, 'pages', `${id}.txt`), 'utf8');
const WORD = /[\p{L}\p{N}\p{M}]/u;
let n = 0;
for (let at = page.indexOf(text); at >= 0; at = page.indexOf(text, at + 1)) {
  const before = page[at - 1];
  const after = page[at + text.length];
  if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
  n++;
  const context = page.slice(Math.max(0, at - 60), at + text.length + 60).replace(/\s+/gu, ' ');
  console.log(`${n}\t${context}`);
}
if (n === 0) console.log('no occurrence');
