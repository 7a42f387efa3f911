/**
 * npx tsx devset/score-proposals.ts [--set pk] [--registry FILE] [--quiet]
 *
 * Runs the builder with --propose over the development-set pages (each page file one article) and
 * scores its proposals against the annotations:
 * - new entities, by name: a proposal is right when its name, an alias or a short form is the
 *   annotated entity's name (`entity ?? text`) or one of the texts annotated for it; a second proposal
 *   for the same entity is a duplicate and counts as wrong;
 * - types: on the right proposals, the proposed type against the annotated one;
 * - aliases: an annotated text with a registry id that the registry does not hold is an expected alias of
 *   that entity, unless the seed matcher already links it alone as one of the registry's own names (it
 *   folds case, hyphens and spaces: "ISLAMABAD", "Fitna al Khwarij"); those are listed apart.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Proposals } from '../lib/bundle/proposal-file';
import { pageText, readAnnotation, readPages } from './gold';
import { findMentions } from '../lib/match';
import { LinkKind } from '../lib/match/linker';
import { readRegistry, registryMatcher } from './registry-matcher';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'pk' },
    registry: { type: 'string', default: resolve(import.meta.dirname, '../seeds/registry.json') },
    quiet: { type: 'boolean', default: false },
  },
});

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();

const registry = readRegistry(values.registry);

interface Expected {
  name: string;
  type: string;
  texts: Set<string>;
}
const expectedEntities = new Map<string, Expected>();
const notNames = new Set<string>();
const expectedAliases = new Map<string, { id: string; alias: string }>();
const alreadyMatched = new Set<string>();
const matcher = registryMatcher(registry);
/** True when the seed matcher links `text` alone, whole, to `id` as one of the registry's own names (not by a linking rule). */
function matchedAsWritten(text: string, id: string): boolean {
  return findMentions(matcher, [text]).some(
    (m) => m.start === 0 && m.end === text.length && matcher.entities[m.entity]!.id === id && m.kind === LinkKind.Name,
  );
}
const registryExact = new Map<string, Set<string>>(
  registry.entities.map((e) => [
    e.id,
    new Set([e.name, ...e.aliases, ...e.shortForms, ...(e.nativeName ? [e.nativeName] : [])]),
  ]),
);

const dir = mkdtempSync(join(tmpdir(), 'backstory-proposals-'));
let pages = 0;
for (const page of readPages()) {
  if (page.set !== values.set) continue;
  const text = pageText(page.id);
  const annotation = readAnnotation(page.id);
  if (text === null || annotation === null) {
    console.warn(`${page.id}: page text or annotation missing, left out`);
    continue;
  }
  pages++;
  writeFileSync(join(dir, `${page.id}.txt`), text);
  for (const n of annotation.names) {
    if (n.id === null) {
      if (n.type === 'other') {
        notNames.add(fold(n.text));
        continue;
      }
      const name = n.entity ?? n.text;
      const entry = expectedEntities.get(fold(name)) ?? { name, type: n.type ?? 'other', texts: new Set([fold(name)]) };
      entry.texts.add(fold(n.text));
      expectedEntities.set(fold(name), entry);
    } else if (!registryExact.get(n.id)?.has(n.text)) {
      // Written another way that the matcher folds itself (case, hyphens and spaces, diacritics:
      // "ISLAMABAD", "Fitna al Khwarij" for "Fitna al-Khwarij"): linked as a registry name, no alias needed.
      if (matchedAsWritten(n.text, n.id)) alreadyMatched.add(`${n.id}\u0000${n.text}`);
      else expectedAliases.set(`${n.id}\u0000${fold(n.text)}`, { id: n.id, alias: n.text });
    }
  }
}

const proposalsFile = join(dir, 'proposals.json');
const started = Date.now();
execFileSync(
  process.execPath,
  [
    '--import',
    'tsx',
    resolve(import.meta.dirname, '../scripts/kb-build.ts'),
    '--articles',
    dir,
    '--registry',
    values.registry,
    '--out',
    join(dir, 'bundle.json'),
    '--propose',
    proposalsFile,
  ],
  {
    stdio: values.quiet ? 'ignore' : ['ignore', 'ignore', 'ignore'],
  },
);
const seconds = (Date.now() - started) / 1000;
const proposals = JSON.parse(readFileSync(proposalsFile, 'utf8')) as Proposals;
rmSync(dir, { recursive: true, force: true });

// New entities
const byText = new Map<string, Expected>();
for (const e of expectedEntities.values()) for (const t of e.texts) if (!byText.has(t)) byText.set(t, e);
const found = new Set<Expected>();
let right = 0;
let typeRight = 0;
const wrong: string[] = [];
const wrongTypes: string[] = [];
for (const p of proposals.newEntities) {
  const forms = [p.name, ...p.aliases, ...p.shortForms].map(fold);
  const match = forms.map((f) => byText.get(f)).find((e) => e !== undefined);
  if (!match) {
    wrong.push(
      `${p.name} (${p.type}${forms.some((f) => notNames.has(f)) ? ', annotated as not an entity' : ''}) ×${p.mentions}: ${p.examples[0]?.sentence.slice(0, 100) ?? ''}`,
    );
    continue;
  }
  if (found.has(match)) {
    wrong.push(`${p.name} (${p.type}): duplicate of ${match.name}`);
    continue;
  }
  found.add(match);
  right++;
  if (p.type === match.type) typeRight++;
  else wrongTypes.push(`${p.name}: proposed ${p.type}, annotated ${match.type}`);
}
const missed = [...expectedEntities.values()].filter((e) => !found.has(e)).map((e) => `${e.name} (${e.type})`);

// Aliases
let aliasRight = 0;
const aliasWrong: string[] = [];
const aliasFound = new Set<string>();
for (const a of proposals.newAliases) {
  const key = `${a.id}\u0000${fold(a.alias)}`;
  if (expectedAliases.has(key)) {
    aliasRight++;
    aliasFound.add(key);
  } else aliasWrong.push(`${a.id}: ${a.alias} (${a.reason ?? ''})`);
}
const aliasMissed = [...expectedAliases.entries()]
  .filter(([k]) => !aliasFound.has(k))
  .map(([, a]) => `${a.id}: ${a.alias}`);

const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);
console.log(`${pages} pages of set "${values.set}", builder ran in ${seconds.toFixed(1)} s`);
console.log(
  `new entities: precision ${pct(right, proposals.newEntities.length)} (${right}/${proposals.newEntities.length}), recall ${pct(found.size, expectedEntities.size)} (${found.size}/${expectedEntities.size})`,
);
console.log(`types right:  ${pct(typeRight, right)} (${typeRight}/${right})`);
console.log(
  `new aliases:  precision ${pct(aliasRight, proposals.newAliases.length)} (${aliasRight}/${proposals.newAliases.length}), recall ${pct(aliasFound.size, expectedAliases.size)} (${aliasFound.size}/${expectedAliases.size})`,
);
console.log(
  `              (not expected, as the matcher already links them as registry names: ${[...alreadyMatched].map((k) => k.split('\u0000')[1]).join(', ')}; counting them too, recall would be ${pct(aliasFound.size, expectedAliases.size + alreadyMatched.size)})`,
);
if (!values.quiet) {
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    console.log(`\n${title} (${items.length}):`);
    for (const i of items) console.log(`  ${i}`);
  };
  list('wrong new entities', wrong);
  list('missed new entities', missed);
  list('wrong types', wrongTypes);
  list('wrong aliases', aliasWrong);
  list('missed aliases', aliasMissed);
}
