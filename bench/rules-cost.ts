/**
 * npx tsx bench/rules-cost.ts [rounds=25]
 *
 * A diagnostic beside `npm run bench`: Backstory's pass over the 1 MB page with mentions at 100,000 aliases, with and
 * without the page-wide linking rules, alternating (no other contender between them), garbage collected before each
 * pass; prints both medians and the rules' cost, of the medians and by pairs.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { compileMatcher } from '../lib/match/compile';
import { serializeMatcher } from '../lib/match/serialize';
import { CHROMIUM_ARGS } from '../tests/support/extension';
import { bundleForPage } from '../tests/support/pages';
import { makeKnowledgeBase, makePage, PAGE_SHELL } from '../tests/fixtures/synthetic';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 25);
const bundle = await bundleForPage(resolve(root, 'bench/page-bench.ts'));
const kb = makeKnowledgeBase(100_000);
const serializedJson = JSON.stringify(serializeMatcher(compileMatcher(kb).matcher));
const pages = { mentions: makePage({ kb }).bodyHtml, none: '' };
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent(PAGE_SHELL);
await page.addScriptTag({ content: bundle });
const call = (name: string, ...args: unknown[]) =>
  page.evaluate(
    ([n, a]) =>
      (window as unknown as { backstoryBench: Record<string, (...x: unknown[]) => unknown> }).backstoryBench[n]!(...a),
    [name, args] as [string, unknown[]],
  );
await call('setup', { serializedJson, regexSource: '', regexFlags: '', aliasTypes: {}, markAliases: [], pages });
const cdp = await page.context().newCDPSession(page);
const t: Record<string, number[]> = { runBackstory: [], runBackstoryWithoutRules: [] };
for (let i = 0; i < rounds + 2; i++) {
  for (const run of i % 2
    ? ['runBackstory', 'runBackstoryWithoutRules']
    : ['runBackstoryWithoutRules', 'runBackstory']) {
    await call('load', 'mentions');
    await cdp.send('HeapProfiler.collectGarbage');
    const ms = ((await call(run)) as { passMs: number }).passMs;
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
);
await browser.close();
