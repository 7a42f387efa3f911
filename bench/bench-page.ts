/**
 * The benchmark page that the pass diagnostics share with `npm run bench`: the page-bench script in Chromium, set up
 * with a synthetic knowledge base and its two 1 MB pages, and the typed call into it.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { compileMatcher } from '../lib/match/compile';
import { serializeMatcher } from '../lib/match/serialize';
import { makeKnowledgeBase, makePage, PAGE_SHELL } from '../tests/fixtures/synthetic';
import { CHROMIUM_ARGS } from '../tests/support/extension';
import { bundleForPage } from '../tests/support/pages';
import type { BenchApi, PageKind, SetupInput } from './page-bench';

/** The page-bench script, bundled as the extension ships its code. */
export const pageBenchBundle = (): Promise<string> =>
  bundleForPage(resolve(dirname(fileURLToPath(import.meta.url)), 'page-bench.ts'));

/** Calls `window.backstoryBench[name](...args)` in the page. */
export function callBench<K extends keyof BenchApi>(
  page: Page,
  name: K,
  ...args: Parameters<BenchApi[K]>
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([n, a]) =>
      (window as unknown as { backstoryBench: Record<string, (...x: unknown[]) => unknown> }).backstoryBench[n]!(...a),
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Backstory's pass alone, on a synthetic knowledge base of `aliases` aliases and its pages (no RegExp, no mark.js). */
export function passSetup(aliases: number): SetupInput {
  const kb = makeKnowledgeBase(aliases);
  const pages: Record<PageKind, string> = {
    mentions: makePage({ kb }).bodyHtml,
    none: makePage({ kb: null }).bodyHtml,
  };
  const serializedJson = JSON.stringify(serializeMatcher(compileMatcher(kb).matcher));
  return { serializedJson, regexSource: '', regexFlags: '', aliasTypes: {}, markAliases: [], pages };
}

export const launchBenchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });

export interface PassPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  call<K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** A fresh page (new browser context) with the page-bench script, set up with `setup`. */
export async function openPassPage(browser: Browser, bundle: string, setup: SetupInput): Promise<PassPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.setContent(PAGE_SHELL);
  await page.addScriptTag({ content: bundle });
  const cdp = await context.newCDPSession(page);
  const call: PassPage['call'] = (name, ...args) => callBench(page, name, ...args);
  await call('setup', setup);
  return { context, page, cdp, call };
}
