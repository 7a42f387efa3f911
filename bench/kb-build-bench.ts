/**
 * npx tsx bench/kb-build-bench.ts [--sizes 1000,10000] [--rounds 1] [--out bench/results/kb-build.json]
 * npx tsx bench/kb-build-bench.ts --sizes 1000 --write DIR   (only writes the articles, to profile a build by hand)
 *
 * The builder on folders of synthetic articles (one article per file, written from the seed registry's
 * names, made-up new names with titles and acronyms, and the bench vocabulary): articles per second and
 * peak memory (the child process's max RSS) with --propose, against the same build without it, in the
 * same run, contenders alternating. Each build runs in its own Node process, as `npm run kb:build` does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './stats';
import { prng, VOCABULARY } from '../tests/fixtures/synthetic';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    rounds: { type: 'string', default: '1' },
    out: { type: 'string', default: 'bench/results/kb-build.json' },
    child: { type: 'string' },
    propose: { type: 'boolean', default: false },
    write: { type: 'string' },
  },
});

const ROOT = resolve(import.meta.dirname, '..');

if (values.child !== undefined) {
  // One build, in this process: report its speed and peak memory.
  const { buildBundle } = await import('../lib/bundle/builder');
  const { RegistrySchema } = await import('../lib/bundle/registry');
  const v = await import('valibot');
  const { readdirSync } = await import('node:fs');
  const { readFile } = await import('node:fs/promises');
  const registry = v.parse(RegistrySchema, JSON.parse(readFileSync(join(ROOT, 'seeds/registry.json'), 'utf8')));
  const dir = values.child;
  const names = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  async function* files() {
    for (const name of names) yield { name, text: await readFile(join(dir, name), 'utf8') };
  }
  const started = performance.now();
  const result = await buildBundle(files(), registry, {
    name: 'bench',
    createdAt: '2026-01-01T00:00:00.000Z',
    propose: values.propose,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({
      articles: result.bundle.articles.length,
      seconds,
      articlesPerSecond: result.bundle.articles.length / seconds,
      peakMB: process.resourceUsage().maxRSS / 1024,
      newEntities: result.proposals?.newEntities.length ?? null,
    }),
  );
  process.exit(0);
}

const FIRST = [
  'Imtiaz',
  'Saima',
  'Kamran',
  'Nadia',
  'Tariq',
  'Rubina',
  'Faraz',
  'Hina',
  'Adnan',
  'Sadia',
  'Junaid',
  'Mehwish',
  'Usman',
  'Ayesha',
  'Bilal',
  'Farah',
];
const SYLLABLES = [
  'ka',
  'zai',
  'ran',
  'wal',
  'sha',
  'mir',
  'dar',
  'bad',
  'khel',
  'pur',
  'gul',
  'nis',
  'tan',
  'jo',
  'har',
  'lan',
];
const TITLES = ['Senator', 'Justice', 'Dr', 'Chief Minister', 'Lt Gen', 'spokesman', 'Minister'];
const HEADS = ['Party', 'Council', 'Commission', 'Front', 'Movement', 'Authority'];
const PLACES_CUE = ['district', 'area', 'tehsil'];

function makeArticles(count: number, dir: string): void {
  const random = prng(count);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const registry = JSON.parse(readFileSync(join(ROOT, 'seeds/registry.json'), 'utf8')) as {
    entities: { name: string }[];
  };
  const known = registry.entities.map((e) => e.name);
  const surname = () => {
    const s = pick(SYLLABLES) + pick(SYLLABLES);
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  const words = (n: number) => Array.from({ length: n }, () => pick(VOCABULARY)).join(' ');
  for (let a = 0; a < count; a++) {
    const person = `${pick(FIRST)} ${surname()}`;
    const group = `${surname()} ${pick(['National', 'Awami', 'Democratic'])} ${pick(HEADS)}`;
    const acronym = group
      .split(' ')
      .map((w) => w[0])
      .join('');
    const place = surname();
    const paragraphs = [`${pick(known)} ${words(5)}`, `Updated ${1 + (a % 28)} March 2026`];
    for (let p = 0; p < 8; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const choice = Math.floor(random() * 6);
        const body = words(8 + Math.floor(random() * 10));
        if (choice === 0) sentences.push(`${pick(TITLES)} ${person} ${body} ${pick(known)}.`);
        else if (choice === 1) sentences.push(`The ${group} (${acronym}) ${body} in ${place} ${pick(PLACES_CUE)}.`);
        else if (choice === 2) sentences.push(`Mr ${person.split(' ')[1]} ${body}, the ${acronym} said.`);
        else if (choice === 3) sentences.push(`${pick(known)} and ${pick(known)} ${body}.`);
        else sentences.push(`${body.charAt(0).toUpperCase()}${body.slice(1)} ${pick(known)} ${words(4)}.`);
      }
      paragraphs.push(sentences.join(' '));
    }
    writeFileSync(join(dir, `${String(a).padStart(6, '0')}.txt`), paragraphs.join('\n\n'));
  }
}

interface Run {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  peakMB: number;
  newEntities: number | null;
}

function build(dir: string, propose: boolean): Run {
  const args = [
    '--import',
    'tsx',
    join(ROOT, 'bench/kb-build-bench.ts'),
    '--child',
    dir,
    ...(propose ? ['--propose'] : []),
  ];
  return JSON.parse(
    execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 })
      .trim()
      .split('\n')
      .pop()!,
  ) as Run;
}

const sizes = values.sizes.split(',').map(Number);
if (values.write !== undefined) {
  // Only write the articles of the first size, to profile a build by hand.
  mkdirSync(values.write, { recursive: true });
  makeArticles(sizes[0]!, values.write);
  process.exit(0);
}
const rounds = Number(values.rounds);
const results: Record<string, { plain: Run[]; propose: Run[] }> = {};
for (const size of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `backstory-kb-${size}-`));
  makeArticles(size, dir);
  const runs = { plain: [] as Run[], propose: [] as Run[] };
  for (let r = 0; r < rounds; r++) {
    // Alternate which build goes first, so that neither always runs on a warmer machine.
    const order: ('plain' | 'propose')[] = r % 2 === 0 ? ['plain', 'propose'] : ['propose', 'plain'];
    for (const kind of order) {
      const run = build(dir, kind === 'propose');
      runs[kind].push(run);
      console.error(
        `${size} articles, ${kind}: ${run.articlesPerSecond.toFixed(0)} articles/s, peak ${run.peakMB.toFixed(0)} MB`,
      );
    }
  }
  results[size] = runs;
  rmSync(dir, { recursive: true, force: true });
}

console.log('| Articles | Without proposals | With --propose | Ratio (time) | Peak memory without / with |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const size of sizes) {
  const { plain, propose } = results[size]!;
  const speed = (runs: Run[]) => median(runs.map((r) => r.articlesPerSecond));
  const peak = (runs: Run[]) => median(runs.map((r) => r.peakMB));
  console.log(
    `| ${size.toLocaleString('en')} | ${speed(plain).toFixed(0)} articles/s | ${speed(propose).toFixed(0)} articles/s | ${(speed(plain) / speed(propose)).toFixed(2)}× | ${peak(plain).toFixed(0)} MB / ${peak(propose).toFixed(0)} MB |`,
  );
}
mkdirSync(resolve(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
  resolve(ROOT, values.out),
  `${JSON.stringify({ date: new Date().toISOString(), sizes, rounds, results }, null, 2)}\n`,
);
