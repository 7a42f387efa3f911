/**
 * npx tsx bench/import-bench.ts [--sizes 10000,100000] [--out FILE] [--baseline-cap-s 60]
 * (also part of `npm run bench`; `npm run build` first)
 *
 * Imports synthetic bundles (tests/fixtures/import-synthetic.ts: 5 evidence sentences
 * per entity) through the options page of the built extension in Chromium,
 * file input to committed transaction, with the import's own performance
 * marks, and records how the progress bar moved and the longest gap between
 * frames of the page. In the same browser, the plain alternative: the same
 * file parsed and its rows written one `add` at a time, each awaited, in one
 * IndexedDB transaction, with no checks at all. When that baseline runs past
 * its cap it is stopped and its rate projected to the whole file.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { ARTICLE_SHARD, ENTITY_SHARD } from '../lib/extension/db-shards';
import { EXTENSION_DIR, launchWithExtension } from '../tests/support/extension';
import { makeImportBundle } from '../tests/fixtures/import-synthetic';
import { machineInfo, type MachineInfo } from './stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const log = (...parts: unknown[]): void =>
  console.error(`[import-bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

export interface ImportRun {
  entities: number;
  evidence: number;
  aliases: number;
  /** Entities, evidence sentences, aliases and articles: the rows of a row-per-item layout. */
  items: number;
  /** What Backstory writes: shards. */
  storedRows: number;
  fileMB: number;
  /** File chosen to preview shown: read, parse, validate, hash, compare. */
  checkMs: number;
  phases: Record<string, number>;
  /** "Replace now" to transaction committed. */
  writeMs: number;
  /** checkMs + writeMs: the import without the reader's time looking at the preview. */
  totalMs: number;
  /** Changes of the progress display (phase or value) seen at animation frames, and the longest time with none. */
  progress: { updates: number; distinctValues: number; longestStillMs: number };
  longestFrameGapMs: number;
  baseline: { rowsWritten: number; ms: number; parseMs: number; finished: boolean; projectedMs: number };
}

export interface ImportBenchResult {
  command: string;
  date: string;
  machine: MachineInfo;
  runs: ImportRun[];
}

/** tsx compiles the functions handed to page.evaluate with esbuild's `__name` helper for named functions: give the page one. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)';

/** Starts recording, in the options page, the progress bar's values and the gaps between frames. */
function startRecording(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as {
      benchRecord: { values: [number, string][]; longestGap: number; running: boolean };
    };
    w.benchRecord = { values: [], longestGap: 0, running: true };
    let last = performance.now();
    const frame = (now: number) => {
      const record = w.benchRecord;
      record.longestGap = Math.max(record.longestGap, now - last);
      last = now;
      const box = document.querySelector<HTMLElement>('[data-testid="import-progress"]');
      const bar = box?.querySelector('progress');
      if (box && bar) {
        // What the reader sees change: the phase's label, or the bar's value where it has one.
        const shown = `${box.dataset.phase}:${bar.max > 1 ? bar.value / bar.max : 'running'}`;
        const previous = record.values.at(-1);
        if (!previous || previous[1] !== shown) record.values.push([now, shown]);
      }
      if (record.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

async function importOnce(
  page: Page,
  file: string,
): Promise<Pick<ImportRun, 'checkMs' | 'phases' | 'writeMs' | 'totalMs' | 'progress' | 'longestFrameGapMs'>> {
  await page.evaluate(NAME_SHIM);
  await startRecording(page);
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor({ timeout: 600_000 });
  await page.getByTestId('mode-replace').check();
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-done').waitFor({ timeout: 600_000 });
  return page.evaluate(() => {
    const w = window as unknown as {
      benchRecord: { values: [number, string][]; longestGap: number; running: boolean };
    };
    w.benchRecord.running = false;
    const marks = Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('backstory:import:'))
        .map((m) => [m.name.slice('backstory:import:'.length), m.startTime]),
    );
    const at = (name: string) => marks[name] ?? NaN;
    const phases: Record<string, number> = {
      read: at('checking') - at('reading'),
      'parse and validate': at('hashing') - at('checking'),
      hash: at('comparing') - at('hashing'),
      compare: at('preview') - at('comparing'),
      write: at('applied') - at('writing'),
    };
    const values = w.benchRecord.values;
    let longestStill = 0;
    for (let i = 1; i < values.length; i++) longestStill = Math.max(longestStill, values[i]![0] - values[i - 1]![0]);
    const checkMs = at('preview') - at('chosen');
    const writeMs = at('applied') - at('apply');
    return {
      checkMs,
      phases,
      writeMs,
      totalMs: checkMs + writeMs,
      progress: {
        updates: values.length,
        distinctValues: new Set(values.map((v) => v[1])).size,
        longestStillMs: longestStill,
      },
      longestFrameGapMs: w.benchRecord.longestGap,
    };
  });
}

/** The plain alternative, in the same options page: parse, then one awaited `add` per row in one transaction. */
async function baseline(page: Page, file: string, capMs: number): Promise<ImportRun['baseline']> {
  await page.evaluate(NAME_SHIM);
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'baseline-file';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#baseline-file').setInputFiles(file);
  return page.evaluate(async (cap) => {
    type Row = Record<string, unknown>;
    const input = document.getElementById('baseline-file') as HTMLInputElement;
    const started = performance.now();
    const bundle = JSON.parse(await input.files![0]!.text()) as {
      articles: Row[];
      entities: (Row & { id: string; aliases: string[]; shortForms: string[]; evidence: Row[] })[];
    };
    const parseMs = performance.now() - started;
    const total =
      bundle.articles.length +
      bundle.entities.reduce((n, e) => n + 1 + e.aliases.length + e.shortForms.length + e.evidence.length, 0);
    await new Promise<void>((ok, fail) => {
      const del = indexedDB.deleteDatabase('backstory-baseline');
      del.onsuccess = () => ok();
      del.onerror = () => fail(del.error);
    });
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('backstory-baseline', 1);
      open.onupgradeneeded = () => {
        const d = open.result;
        d.createObjectStore('entities', { keyPath: 'id' }).createIndex('type', 'type');
        const aliases = d.createObjectStore('aliases', { keyPath: 'id', autoIncrement: true });
        aliases.createIndex('normalized', 'normalized');
        aliases.createIndex('entityId', 'entityId');
        d.createObjectStore('articles', { keyPath: 'id' });
        const evidence = d.createObjectStore('evidence', { keyPath: 'id', autoIncrement: true });
        evidence.createIndex('entityId', 'entityId');
        evidence.createIndex('articleId', 'articleId');
      };
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const tx = db.transaction(['entities', 'aliases', 'articles', 'evidence'], 'readwrite');
    const add = (store: string, row: Row) =>
      new Promise<void>((ok, fail) => {
        const request = tx.objectStore(store).add(row);
        request.onsuccess = () => ok();
        request.onerror = () => fail(request.error);
      });
    let written = 0;
    let finished = true;
    outer: {
      for (const article of bundle.articles) {
        await add('articles', article);
        written++;
      }
      for (const { evidence, ...entity } of bundle.entities) {
        if (performance.now() - started > cap) {
          finished = false;
          break outer;
        }
        await add('entities', entity);
        for (const alias of [...entity.aliases, ...entity.shortForms])
          await add('aliases', { entityId: entity.id, alias, normalized: alias.toLowerCase(), shortForm: false });
        for (const [position, e] of evidence.entries()) await add('evidence', { ...e, entityId: entity.id, position });
        written += 1 + entity.aliases.length + entity.shortForms.length + evidence.length;
      }
    }
    if (finished) {
      await new Promise<void>((ok, fail) => {
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
    } else tx.abort();
    const ms = performance.now() - started;
    db.close();
    return {
      rowsWritten: written,
      ms,
      parseMs,
      finished,
      projectedMs: finished ? ms : parseMs + ((ms - parseMs) * total) / written,
    };
  }, capMs);
}

export async function benchImport(options: {
  sizes: number[];
  baselineCapMs: number;
  command?: string;
}): Promise<ImportBenchResult> {
  if (!existsSync(resolve(EXTENSION_DIR, 'options.html')))
    throw new Error('no built extension: run `npm run build` first');
  const loadAverageAtStart = os.loadavg();
  const dir = await mkdtemp(join(os.tmpdir(), 'backstory-import-bench-'));
  const runs: ImportRun[] = [];
  try {
    for (const entities of options.sizes) {
      log(`generating ${entities.toLocaleString('en-US')} entities`);
      const bundle = await makeImportBundle(entities);
      const text = JSON.stringify(bundle);
      const file = join(dir, `synthetic-${entities}.json`);
      await writeFile(file, text);
      const evidence = bundle.entities.reduce((n, e) => n + e.evidence.length, 0);
      const aliases = bundle.entities.reduce((n, e) => n + e.aliases.length + e.shortForms.length, 0);
      const browser = await launchWithExtension();
      try {
        const page = await browser.openExtensionPage('options.html');
        await page.getByTestId('kb-entities').waitFor();
        log(`importing ${(text.length / 1024 / 1024).toFixed(1)} MB`);
        const ours = await importOnce(page, file);
        log(`imported in ${Math.round(ours.totalMs)} ms; baseline`);
        const plain = await baseline(page, file, options.baselineCapMs);
        const storedRows = Math.ceil(entities / ENTITY_SHARD) + Math.ceil(bundle.articles.length / ARTICLE_SHARD);
        runs.push({
          entities,
          evidence,
          aliases,
          items: entities + evidence + aliases + bundle.articles.length,
          storedRows,
          fileMB: Buffer.byteLength(text) / 1024 / 1024,
          ...ours,
          baseline: plain,
        });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return {
    command: options.command ?? `npx tsx bench/import-bench.ts --sizes ${options.sizes.join(',')}`,
    date: new Date().toISOString(),
    machine: machineInfo(loadAverageAtStart),
    runs,
  };
}

const s = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);

/** The Markdown table of docs/BENCHMARKS.md, "Import". */
export function importTable(result: ImportBenchResult): string {
  const lines = [
    '| entities | evidence sentences | items (rows, one per item) | shards written | file | check and preview | write | **total** | plain, one row per item | plain / Backstory | progress changes | longest with no change | longest frame gap |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of result.runs) {
    const plain = r.baseline.finished
      ? `${s(r.baseline.ms)} s`
      : `${s(r.baseline.projectedMs)} s (projected from ${r.baseline.rowsWritten.toLocaleString('en-US')} rows in ${s(r.baseline.ms)} s)`;
    lines.push(
      `| ${r.entities.toLocaleString('en-US')} | ${r.evidence.toLocaleString('en-US')} | ${r.items.toLocaleString('en-US')} | ${r.storedRows.toLocaleString('en-US')} | ${r.fileMB.toFixed(1)} MB | ${s(r.checkMs)} s | ${s(r.writeMs)} s | **${s(r.totalMs)} s** | ${plain} | ${(r.baseline.projectedMs / r.totalMs).toFixed(1)}× | ${r.progress.updates} | ${Math.round(r.progress.longestStillMs)} ms | ${Math.round(r.longestFrameGapMs)} ms |`,
    );
  }
  lines.push(
    '',
    'Phases, s:',
    '',
    `| entities | ${Object.keys(result.runs[0]?.phases ?? {}).join(' | ')} |`,
    `|---:|${Object.keys(result.runs[0]?.phases ?? {})
      .map(() => '---:')
      .join('|')}|`,
  );
  for (const r of result.runs)
    lines.push(`| ${r.entities.toLocaleString('en-US')} | ${Object.values(r.phases).map(s).join(' | ')} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000' },
      out: { type: 'string' },
      'baseline-cap-s': { type: 'string', default: '60' },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
  const result = await benchImport({ sizes, baselineCapMs: Number(values['baseline-cap-s']) * 1000 });
  const out = resolve(root, values.out ?? 'bench/results/import.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(importTable(result));
  console.log(`\nRaw results: ${out.replace(`${root}/`, '')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
