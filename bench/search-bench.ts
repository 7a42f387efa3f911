/**
 * npx tsx bench/search-bench.ts [--quick] [--out FILE] [--skip-popup]
 * (also the last part of `npm run bench`)
 *
 * Popup search, two measurements (method and figures in docs/BENCHMARKS.md, "Popup search"):
 *
 * 1. Per keystroke, at 10,000 synthetic entities (tests/fixtures/search-synthetic.ts):
 *    realistic queries typed one character at a time, every prefix searched by
 *    Backstory's SearchIndex and by a plain Fuse.js over whole entity objects
 *    (keys name, aliases, role, evidence sentences; ignoreLocation), alternating
 *    which goes first, in the same run: in a blank Chromium page and in Node.
 * 2. The popup's time to interactive in Chromium with the built extension
 *    (`npm run build` first): navigation start to the `backstory:interactive`
 *    performance mark (search box focused and the index loaded), with the seed
 *    knowledge base and with the 10,000-entity one, cache warm and cold.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleForPage } from '../tests/support/pages';
import { chromium } from 'playwright-core';
import type { Bundle } from '../lib/bundle/schema';
import { searchEntitiesOfBundle } from '../lib/search/search-entities';
import type { SearchEntity } from '../lib/search/search-index-data';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  EXTENSION_DIR,
  launchWithExtension,
  type ExtensionBrowser,
} from '../tests/support/extension';
import { cachedIndexHashes, clearSearchCache, writeKnowledgeBase } from '../tests/support/knowledge-base';
import type { SearchPageApi } from './search-page';
import { ranks, setUp, typeQueries, type Contenders, type Keystroke } from './search-keystrokes';
import { makeSearchBundle } from '../tests/fixtures/search-synthetic';
import { machineInfo, type MachineInfo } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTITIES = 10_000;
const WARM_UP_FUSE_EVERY = 50;

export interface Query {
  text: string;
  kind: string;
  /** The entity a reader typing this wants first; null for a role or a word from the news. */
  expect: string | null;
}

export interface OpenTiming {
  interactiveMs: number;
  focusedMs: number;
  indexReadyMs: number;
  /** The page's first script ran and started reading the cached index (NaN when the page did not). */
  readStartMs: number;
  /** The cached index data was in memory. */
  readMs: number;
}

export interface SearchBenchResult {
  command: string;
  date: string;
  machine: MachineInfo & { chromium: string };
  entities: number;
  evidenceSentences: number;
  queries: Query[];
  plan: TypingPlan;
  keystrokes: {
    environment: 'chromium' | 'node';
    setup: Contenders['setup'];
    samples: Keystroke[];
    ranks: { query: string; backstory: number; fuse: number }[];
  }[];
  popup: { case: string; opens: OpenTiming[] }[] | null;
}

// Helpers for building queries the way readers type them.
const swapInside = (word: string) => {
  const i = Math.max(1, Math.floor(word.length / 2) - 1);
  return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
};
const dropVowel = (word: string) => {
  const i = word.slice(1).search(/[aeiou]/u) + 1;
  return i > 0 ? word.slice(0, i) + word.slice(i + 1) : word;
};
/** One spelling change of the kind transliteration makes: u/oo, ee/i. */
const respell = (name: string) =>
  name.includes('u')
    ? name.replace(/u/u, 'oo')
    : name.includes('ee')
      ? name.replace(/ee/u, 'i')
      : name.replace(/i/u, 'ee');

/** About twenty-five queries a reader would type, drawn from the synthetic knowledge base (seeded: the same every run). */
export function makeQueries(bundle: Bundle): Query[] {
  const people = bundle.entities.filter(
    (e) => e.type === 'person' && e.aliases.length === 1 && e.name.split(' ').length === 2,
  );
  const groups = bundle.entities.filter((e) => e.type === 'group');
  const places = bundle.entities.filter((e) => e.type === 'place' && !e.name.includes(' '));
  const at = <T>(list: T[], fraction: number) => list[Math.floor(list.length * fraction)]!;
  const queries: Query[] = [];
  for (const f of [0.01, 0.33, 0.62, 0.97])
    queries.push({ text: at(people, f).name, kind: 'full name', expect: at(people, f).id });
  for (const f of [0.12, 0.45, 0.81]) {
    const p = at(people, f);
    const [first, last] = p.name.split(' ') as [string, string];
    queries.push({ text: `${first} ${swapInside(last)}`, kind: 'typo (two letters swapped)', expect: p.id });
  }
  for (const f of [0.21, 0.7]) {
    const p = at(people, f);
    const [first, last] = p.name.split(' ') as [string, string];
    queries.push({ text: `${dropVowel(first)} ${last}`, kind: 'typo (vowel left out)', expect: p.id });
  }
  const respelt = people.filter((p) => respell(p.name) !== p.name);
  for (const f of [0.3, 0.88])
    queries.push({
      text: respell(at(respelt, f).name).toLowerCase(),
      kind: 'other transliteration',
      expect: at(respelt, f).id,
    });
  for (const f of [0.05, 0.55]) {
    const p = at(people, f);
    queries.push({ text: p.name.split(' ')[1]!, kind: 'last name only', expect: null });
  }
  const tehreek = groups.filter((g) => g.name.startsWith('Tehreek-e-'));
  queries.push({
    text: at(tehreek, 0.4).name.replace(/-/gu, ' ').toLowerCase(),
    kind: 'group, no hyphens',
    expect: at(tehreek, 0.4).id,
  });
  queries.push({ text: at(groups, 0.75).name, kind: 'group', expect: at(groups, 0.75).id });
  const acronym = groups.find((g, i) => i > groups.length / 3 && g.aliases.some((a) => /^[A-Z]{3,}$/u.test(a)))!;
  queries.push({ text: acronym.aliases.find((a) => /^[A-Z]{3,}$/u.test(a))!, kind: 'acronym', expect: null });
  for (const f of [0.15, 0.6]) {
    const p = at(places, f);
    queries.push({ text: swapInside(p.name), kind: 'place, typo', expect: p.id });
  }
  queries.push({ text: 'minister for', kind: 'role', expect: null });
  queries.push({ text: 'spokesperson of the', kind: 'role', expect: null });
  queries.push({ text: 'retired general', kind: 'role', expect: null });
  queries.push({ text: 'negotiations', kind: 'word from the news', expect: null });
  const urdu = bundle.entities.find((e) => e.aliases.some((a) => /\p{Script=Arabic}/u.test(a)))!;
  queries.push({ text: urdu.aliases.find((a) => /\p{Script=Arabic}/u.test(a))!, kind: 'Urdu script', expect: urdu.id });
  return queries;
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(1)) : '–');
const ordinal = (n: number) => `${n}${n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
const log = (...parts: unknown[]): void =>
  console.error(`[search-bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** How much typing: every keystroke `rounds` times for Backstory; plain Fuse.js in the first `fuseRounds`, on every `fuseEvery`-th keystroke. */
export interface TypingPlan {
  rounds: number;
  fuseRounds: number;
  fuseEvery: number;
}

async function keystrokesInChromium(entities: SearchEntity[], queries: Query[], plan: TypingPlan) {
  const script = await bundleForPage(resolve(root, 'bench/search-page.ts'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent('<!doctype html><title>Search bench</title>');
    await page.addScriptTag({ content: script });
    type Api = { searchBench: SearchPageApi };
    const setup = await page.evaluate((list) => (window as unknown as Api).searchBench.setUp(list), entities);
    log(
      `Chromium: index built in ${ms(setup.buildMs)} ms (${setup.terms} terms), Fuse index in ${ms(setup.fuseIndexMs)} ms; typing`,
    );
    // Warm-up, not recorded: JIT for both contenders (Fuse.js on a few keystrokes only: each takes about a second).
    await page.evaluate(([q, every]) => (window as unknown as Api).searchBench.type(q, 1, 1, every), [
      queries.map((q) => q.text),
      WARM_UP_FUSE_EVERY,
    ] as const);
    const samples = await page.evaluate(
      ([q, p]) => (window as unknown as Api).searchBench.type(q, p.rounds, p.fuseRounds, p.fuseEvery),
      [queries.map((q) => q.text), plan] as const,
    );
    const found = [];
    for (const q of queries)
      if (q.expect)
        found.push({
          query: q.text,
          ...(await page.evaluate(([t, id]) => (window as unknown as Api).searchBench.ranks(t, id), [
            q.text,
            q.expect,
          ] as const)),
        });
    return { environment: 'chromium' as const, setup, samples, ranks: found };
  } finally {
    await browser.close();
  }
}

function keystrokesInNode(entities: SearchEntity[], queries: Query[], plan: TypingPlan) {
  const now = () => performance.now();
  const contenders = setUp(entities, now);
  log(
    `Node: index built in ${ms(contenders.setup.buildMs)} ms, Fuse index in ${ms(contenders.setup.fuseIndexMs)} ms; typing`,
  );
  typeQueries(
    contenders,
    queries.map((q) => q.text),
    1,
    1,
    now,
    WARM_UP_FUSE_EVERY,
  );
  const samples = typeQueries(
    contenders,
    queries.map((q) => q.text),
    plan.rounds,
    plan.fuseRounds,
    now,
    plan.fuseEvery,
  );
  const found = queries.flatMap((q) => (q.expect ? [{ query: q.text, ...ranks(contenders, q.text, q.expect) }] : []));
  return { environment: 'node' as const, setup: contenders.setup, samples, ranks: found };
}

/** Opens popup.html in a new tab and reads its performance marks. */
async function openPopup(browser: ExtensionBrowser): Promise<OpenTiming> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.locator('html[data-ready="true"]').waitFor({ timeout: 60_000 });
    // No named function inside: tsx would wrap it in a helper that does not exist in the page.
    const [interactiveMs, focusedMs, indexReadyMs, readStartMs, readMs] = await page.evaluate(() =>
      [
        'backstory:interactive',
        'backstory:search-focused',
        'backstory:index-ready',
        'backstory:index-read-start',
        'backstory:index-read',
      ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN),
    );
    return {
      interactiveMs: interactiveMs!,
      focusedMs: focusedMs!,
      indexReadyMs: indexReadyMs!,
      readStartMs: readStartMs!,
      readMs: readMs!,
    };
  } finally {
    await page.close();
  }
}

async function popupOpens(bundle: Bundle, warmOpens: number, coldOpens: number): Promise<SearchBenchResult['popup']> {
  const cases: NonNullable<SearchBenchResult['popup']> = [];
  const browser = await launchWithExtension();
  try {
    log('popup: first open after install (seed knowledge base)');
    cases.push({ case: 'seed (94 entities), first open after install', opens: [await openPopup(browser)] });
    const seedWarm: OpenTiming[] = [];
    for (let i = 0; i < warmOpens; i++) seedWarm.push(await openPopup(browser));
    cases.push({ case: 'seed (94 entities), cached index', opens: seedWarm });

    log(`popup: writing the ${bundle.entities.length.toLocaleString('en-US')}-entity knowledge base`);
    const page = await browser.openExtensionPage('options.html');
    // As an import does: written with the extension's database code, then the background rebuilds the matcher and the popup's search index.
    await writeKnowledgeBase(page, bundle);
    const deadline = Date.now() + 120_000;
    while (!(await cachedIndexHashes(page)).includes(bundle.contentHash)) {
      if (Date.now() > deadline) throw new Error('the background did not cache the search index');
      await new Promise((r) => setTimeout(r, 200));
    }
    const bigWarm: OpenTiming[] = [];
    for (let i = 0; i < warmOpens; i++) bigWarm.push(await openPopup(browser));
    cases.push({
      case: `synthetic (${bundle.entities.length.toLocaleString('en-US')} entities), cached index`,
      opens: bigWarm,
    });
    const bigCold: OpenTiming[] = [];
    for (let i = 0; i < coldOpens; i++) {
      await clearSearchCache(page);
      bigCold.push(await openPopup(browser));
    }
    cases.push({
      case: `synthetic (${bundle.entities.length.toLocaleString('en-US')} entities), no cache (the popup builds the index)`,
      opens: bigCold,
    });
    await page.close();
  } finally {
    await browser.close();
  }
  return cases;
}

/** Runs the whole benchmark. */
export async function benchPopupSearch(
  options: { quick?: boolean; popup?: boolean; command?: string } = {},
): Promise<SearchBenchResult> {
  const quick = options.quick === true;
  const loadAverageAtStart = os.loadavg();
  log(`generating ${ENTITIES.toLocaleString('en-US')} synthetic entities`);
  const bundle = makeSearchBundle(ENTITIES);
  const entities = searchEntitiesOfBundle(bundle);
  const queries = makeQueries(bundle);
  const plan: TypingPlan = quick
    ? { rounds: 3, fuseRounds: 1, fuseEvery: 6 }
    : { rounds: 7, fuseRounds: 1, fuseEvery: 2 };
  const keystrokes = [await keystrokesInChromium(entities, queries, plan), keystrokesInNode(entities, queries, plan)];
  let popup: SearchBenchResult['popup'] = null;
  if (options.popup !== false) {
    if (!existsSync(resolve(EXTENSION_DIR, 'popup.html')))
      throw new Error('no built extension: run `npm run build` first (or pass --skip-popup)');
    popup = await popupOpens(bundle, quick ? 4 : 10, quick ? 2 : 3);
  }
  const browserVersion = await chromium
    .launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] })
    .then(async (b) => {
      const v = b.version();
      await b.close();
      return v;
    });
  return {
    command: options.command ?? `npx tsx bench/search-bench.ts${quick ? ' --quick' : ''}`,
    date: new Date().toISOString(),
    machine: { ...machineInfo(loadAverageAtStart), chromium: browserVersion },
    entities: bundle.entities.length,
    plan,
    evidenceSentences: bundle.entities.reduce((n, e) => n + e.evidence.length, 0),
    queries,
    keystrokes,
    popup,
  };
}

/** The Markdown tables of docs/BENCHMARKS.md, "Popup search". */
export function searchTable(result: SearchBenchResult): string {
  const lines: string[] = [];
  const typed = result.queries.reduce((n, q) => n + q.text.length, 0);
  lines.push(
    `Per keystroke at ${result.entities.toLocaleString('en-US')} entities (${result.evidenceSentences.toLocaleString('en-US')} evidence sentences), ${result.queries.length} queries typed one character at a time (${typed} keystrokes a round), ${result.plan.rounds} rounds; plain Fuse.js on every ${result.plan.fuseEvery === 1 ? '' : `${ordinal(result.plan.fuseEvery)} `}keystroke of the first round, each right before or after Backstory on the same keystroke (the ratios compare those pairs); ms.`,
    '',
  );
  lines.push('| where | contender | keystrokes | p50 | p95 | max | Fuse / Backstory, p50 | p95 |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const k of result.keystrokes) {
    const ours = k.samples.map((s) => s.backstoryMs);
    const paired = k.samples.filter((s) => s.fuseMs !== null);
    const theirs = paired.map((s) => s.fuseMs!);
    // The ratio on the keystrokes both searched, in the same round.
    const oursPaired = paired.map((s) => s.backstoryMs);
    const r50 = quantile(theirs, 0.5) / quantile(oursPaired, 0.5);
    const r95 = quantile(theirs, 0.95) / quantile(oursPaired, 0.95);
    lines.push(
      `| ${k.environment} | Backstory (trigram candidates + Fuse.js) | ${ours.length} | ${ms(quantile(ours, 0.5))} | ${ms(quantile(ours, 0.95))} | ${ms(Math.max(...ours))} | ${r50.toFixed(0)}× | ${r95.toFixed(0)}× |`,
    );
    lines.push(
      `| ${k.environment} | plain Fuse.js over whole entities | ${theirs.length} | ${ms(quantile(theirs, 0.5))} | ${ms(quantile(theirs, 0.95))} | ${ms(Math.max(...theirs))} | | |`,
    );
  }
  lines.push('', 'Setup (once per knowledge base), ms:', '');
  lines.push(
    '| where | build the index | as plain data | structured clone (IndexedDB) | index from the clone | terms | plain Fuse.js index |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  for (const k of result.keystrokes) {
    const s = k.setup;
    lines.push(
      `| ${k.environment} | ${ms(s.buildMs)} | ${ms(s.toDataMs)} | ${ms(s.cloneMs)} | ${ms(s.fromDataMs)} | ${s.terms.toLocaleString('en-US')} | ${ms(s.fuseIndexMs)} |`,
    );
  }
  const chromiumRanks = result.keystrokes.find((k) => k.environment === 'chromium')?.ranks ?? [];
  if (chromiumRanks.length > 0) {
    const first = (side: 'backstory' | 'fuse') => chromiumRanks.filter((r) => r[side] === 0).length;
    const top5 = (side: 'backstory' | 'fuse') => chromiumRanks.filter((r) => r[side] >= 0 && r[side] < 5).length;
    lines.push(
      '',
      `Queries with an intended entity (${chromiumRanks.length}): first result ${first('backstory')} for Backstory, ${first('fuse')} for plain Fuse.js; in the top five ${top5('backstory')} and ${top5('fuse')}.`,
    );
  }
  if (result.popup) {
    lines.push(
      '',
      'Popup opened in a tab of Chromium with the built extension, ms from navigation start: to the `backstory:interactive` mark (search box focused and the index loaded), then the medians of its steps: the page’s first script runs and starts reading the cached index, the index data is in memory, the search box has focus, the index is in the view.',
      '',
    );
    lines.push(
      '| knowledge base | opens | interactive, median | max | first script | index data read | focus | index ready |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const c of result.popup) {
      const i = c.opens.map((o) => o.interactiveMs);
      const mid = (pick: (o: OpenTiming) => number) => ms(quantile(c.opens.map(pick), 0.5));
      lines.push(
        `| ${c.case} | ${c.opens.length} | ${ms(quantile(i, 0.5))} | ${ms(Math.max(...i))} | ${mid((o) => o.readStartMs)} | ${mid((o) => o.readMs)} | ${mid((o) => o.focusedMs)} | ${mid((o) => o.indexReadyMs)} |`,
      );
    }
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      out: { type: 'string' },
      'skip-popup': { type: 'boolean', default: false },
    },
  });
  const result = await benchPopupSearch({ quick: values.quick, popup: !values['skip-popup'] });
  const out = resolve(
    root,
    values.out ?? (values.quick ? 'bench/results/search-quick.json' : 'bench/results/search.json'),
  );
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result)}\n`);
  console.log(searchTable(result));
  console.log(`\nRaw results: ${out.replace(`${root}/`, '')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
