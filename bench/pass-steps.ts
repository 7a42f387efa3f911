/**
 * npx tsx bench/pass-steps.ts [aliases=100000] [rounds=7] [--no-collect]
 *
 * A diagnostic beside `npm run bench`: each step of Backstory's pass over the
 * benchmark's two 1 MB pages, timed on its own in Chromium (median of the
 * rounds; bench/page-bench.ts `passSteps` runs in the page), with a bare loop over every character as the floor of any JS scan,
 * and the per-mention work the pass leaves until it is asked for. With
 * `--no-collect`, the warm rounds skip the forced garbage collection before
 * each pass (V8 discards optimised code in it).
 */
import { launchBenchChromium, openPassPage, pageBenchBundle, passSetup } from './bench-page';
import type { PageKind, StepTimes } from './page-bench';
import { median } from './stats';

const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const aliases = Number(positional[0] ?? 100_000);
const rounds = Number(positional[1] ?? 7);
const collectBeforeWarm = !process.argv.includes('--no-collect');
const WARM_UP = 2;

const bundle = await pageBenchBundle();
const setup = passSetup(aliases);
const PAGE_NAMES: Record<PageKind, string> = { mentions: 'with mentions', none: 'no mention' };
const browser = await launchBenchChromium();

/** A fresh page (new browser context) with the diagnostic script and the matcher set up. */
const freshPage = () => openPassPage(browser, bundle, setup);

try {
  console.log(`Each step of the pass, median ms of ${rounds} rounds, ${aliases.toLocaleString('en')} aliases.`);
  console.log('First: the first pass in a fresh page, as in a tab that has just loaded (each round a new page).');
  console.log(
    `Warm: the same page again and again, after ${WARM_UP} passes (as \`npm run bench\` times it), ${collectBeforeWarm ? 'each after a forced garbage collection' : 'with no forced garbage collection'}.\n`,
  );
  const table: Record<string, StepTimes> = {};
  for (const kind of Object.keys(setup.pages) as PageKind[]) {
    const first: StepTimes[] = [];
    for (let round = 0; round < rounds; round++) {
      const { context, cdp, call } = await freshPage();
      await call('load', kind);
      await cdp.send('HeapProfiler.collectGarbage');
      first.push(await call('passSteps'));
      await context.close();
    }
    const warm: StepTimes[] = [];
    const { context, cdp, call } = await freshPage();
    for (let round = 0; round < WARM_UP + rounds; round++) {
      await call('load', kind);
      if (collectBeforeWarm) await cdp.send('HeapProfiler.collectGarbage');
      const times = await call('passSteps');
      if (round >= WARM_UP) warm.push(times);
    }
    await context.close();
    for (const [when, runs] of [
      ['first', first],
      ['warm', warm],
    ] as const) {
      table[`${PAGE_NAMES[kind]}, ${when}`] = Object.fromEntries(
        Object.keys(runs[0]!).map((key) => [key, median(runs.map((r) => r[key]!))]),
      );
    }
  }
  const columns = Object.keys(table);
  console.log(`| step | ${columns.join(' | ')} |\n|---|${columns.map(() => '---:').join('|')}|`);
  for (const key of Object.keys(table[columns[0]!]!))
    console.log(`| ${key} | ${columns.map((c) => Number(table[c]![key]!.toFixed(2))).join(' | ')} |`);
} finally {
  await browser.close();
}
