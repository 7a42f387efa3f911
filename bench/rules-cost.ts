/**
 * npx tsx bench/rules-cost.ts [rounds=25]
 *
 * A diagnostic beside `npm run bench`: Backstory's pass over the 1 MB page with mentions at 100,000 aliases, with and
 * without the page-wide linking rules, alternating (no other contender between them), garbage collected before each
 * pass; prints both medians and the rules' cost, of the medians and by pairs (with the 95 % interval of the pairs' median).
 */
import { launchBenchChromium, openPassPage, pageBenchBundle, passSetup } from './bench-page';
import { medianInterval } from './stats';

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
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const ratios = t.runBackstory!.map((x, i) => x / t.runBackstoryWithoutRules![i]!);
console.log(
  'with',
  med(t.runBackstory!).toFixed(1),
  'without',
  med(t.runBackstoryWithoutRules!).toFixed(1),
  'cost of medians',
  ((med(t.runBackstory!) / med(t.runBackstoryWithoutRules!) - 1) * 100).toFixed(1) + '%',
  'median pair',
  ((med(ratios) - 1) * 100).toFixed(1) + '%',
  '95% interval',
  (medianInterval(ratios) ?? [NaN, NaN]).map((r) => ((r - 1) * 100).toFixed(1) + '%').join(' – '),
);
await browser.close();
