/**
 * npx tsx bench/rules-cost.ts [rounds=25]
 *
 * A diagnostic beside `npm run bench`: Backstory's pass over the 1 MB page with mentions at 100,000 aliases, with and
 * without the page-wide linking rules, alternating (no other contender between them), garbage collected before each
 * pass; prints both medians and the rules' cost, of the medians and by pairs (with the 95 % interval of the pairs' median).
 */
import { launchBenchChromium, openPassPage, pageBenchBundle, passSetup } from './bench-page';
import { median, medianInterval } from './stats';

const rounds = Number(process.argv[2] ?? 25);
const setup = passSetup(100_000);
const browser = await launchBenchChromium();
const { cdp, call } = await openPassPage(browser, await pageBenchBundle(), setup);
const t: Record<string, number[]> = { runBackstory: [], runBackstoryWithoutRules: [] };
for (let i = 0; i < rounds + 2; i++) {
  for (const run of i % 2
    ? (['runBackstory', 'runBackstoryWithoutRules'] as const)
    : (['runBackstoryWithoutRules', 'runBackstory'] as const)) {
    await call('load', 'mentions');
    await cdp.send('HeapProfiler.collectGarbage');
    const ms = (await call(run)).passMs;
    if (i >= 2) t[run]!.push(ms);
  }
}
const ratios = t.runBackstory!.map((x, i) => x / t.runBackstoryWithoutRules![i]!);
console.log(
  'with',
  median(t.runBackstory!).toFixed(1),
  'without',
  median(t.runBackstoryWithoutRules!).toFixed(1),
  'cost of medians',
  ((median(t.runBackstory!) / median(t.runBackstoryWithoutRules!) - 1) * 100).toFixed(1) + '%',
  'median pair',
  ((median(ratios) - 1) * 100).toFixed(1) + '%',
  '95% interval',
  medianInterval(ratios)
    ?.map((r) => ((r - 1) * 100).toFixed(1) + '%')
    .join(' – ') ?? '– (too few pairs)',
);
await browser.close();
