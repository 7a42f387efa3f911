/**
 * Writes a knowledge base straight into the extension's database, with the
 * extension's own code (lib/extension/db.ts), as an import would, and tells the
 * background. For tests and benchmarks that need a knowledge base other than
 * the seed (empty, or 10,000 entities) without going through the import page.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { Bundle } from '../../lib/bundle/schema';
import type { KbWriterApi } from './knowledge-base-page';
import { bundleForPage } from './pages';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

let bundled: Promise<string> | null = null;

/**
 * Replaces the knowledge base with `bundle` and sends `backstory:kb-changed`.
 * @param page - an extension page (options.html): it shares the extension's IndexedDB
 */
export async function writeKnowledgeBase(page: Page, bundle: Bundle): Promise<void> {
  bundled ??= bundleForPage(resolve(import.meta.dirname, 'knowledge-base-page.ts'));
  // Evaluated over the DevTools protocol: the page's script policy allows no inline script.
  await page.evaluate(await bundled);
  await page.evaluate((b) => (globalThis as unknown as { backstoryKb: KbWriterApi }).backstoryKb.replace(b), bundle);
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backstory:kb-changed' }));
}

/** The content hashes of the knowledge bases whose search index is cached (the background caches the current one). */
export function cachedIndexHashes(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { backstoryKb: KbWriterApi }).backstoryKb.cachedIndexHashes());
}

/** Empties the search-index cache, so that the next popup builds the index itself. */
export function clearSearchCache(page: Page): Promise<void> {
  return page.evaluate(() => (globalThis as unknown as { backstoryKb: KbWriterApi }).backstoryKb.clearSearchCache());
}
