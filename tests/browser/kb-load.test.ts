import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitFor, type ExtensionBrowser } from './helpers/extension';

const seed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../.output/chrome-mv3/seed-bundle.json'), 'utf8')) as {
  entities: unknown[];
  articles: unknown[];
  contentHash: string;
};

/** Counts the rows of a store of the extension's IndexedDB, from inside the service worker. */
function countInWorker(browser: ExtensionBrowser, store: string): Promise<number> {
  return browser.worker.evaluate(
    (storeName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) return resolve(-1);
          const count = db.transaction(storeName).objectStore(storeName).count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
    store,
  );
}

describe('the shipped knowledge base in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is loaded into the extension’s IndexedDB with every entity of the bundle', async () => {
    const entities = await waitFor(async () => {
      const n = await countInWorker(browser, 'entities');
      return n > 0 ? n : undefined;
    }, 'the seed bundle to load');
    expect(seed.entities.length).toBeGreaterThan(80);
    expect(entities).toBe(seed.entities.length);
    expect(await countInWorker(browser, 'articles')).toBe(seed.articles.length);
  });

  it('answers kb-stats through the message protocol from an extension page', async () => {
    const page = await browser.openExtensionPage('options.html');
    const stats = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backstory:kb-stats' }));
    expect(stats).toMatchObject({ ok: true, value: { entities: seed.entities.length, articles: seed.articles.length, meta: { contentHash: seed.contentHash, origin: 'seed' } } });
    await page.close();
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
