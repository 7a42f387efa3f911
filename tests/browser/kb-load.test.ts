import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, evalInWorker, launchWithExtension, waitFor, type ExtensionBrowser } from '../support/extension';

/** The bundle the extension ships: the copy inside the build that Chromium loads. */
const seed = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'seed-bundle.json'), 'utf8')) as {
  name: string;
  entities: { aliases: unknown[]; shortForms: unknown[]; evidence: unknown[] }[];
  articles: unknown[];
  contentHash: string;
};
const seedEvidence = seed.entities.reduce((n, e) => n + e.evidence.length, 0);
const seedAliases = seed.entities.reduce((n, e) => n + e.aliases.length + e.shortForms.length, 0);

/** Counts the rows of a store of the extension's IndexedDB "backstory", read directly inside the service worker. */
function countInWorker(worker: Worker, store: string): Promise<number> {
  return evalInWorker(
    worker,
    (storeName) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) {
            done(-1);
            return;
          }
          const count = db.transaction(storeName).objectStore(storeName).count();
          count.onsuccess = () => {
            db.close();
            done(count.result);
          };
          count.onerror = () => fail(count.error);
        };
      }),
    store,
  );
}

/** What the shards of the current knowledge base hold, read directly inside the service worker. */
function storedFigures(
  worker: Worker,
): Promise<{ entities: number; articles: number; evidence: number; aliases: number }> {
  return evalInWorker(
    worker,
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'shards']);
          const meta = tx.objectStore('meta').get('current');
          const shards = tx.objectStore('shards').getAll();
          tx.onerror = () => fail(tx.error);
          tx.oncomplete = () => {
            db.close();
            const generation = (meta.result as { value: { generation: number } }).value.generation;
            type Item = { evidence?: unknown[]; aliases?: unknown[]; shortForms?: unknown[] };
            const figures = { entities: 0, articles: 0, evidence: 0, aliases: 0 };
            for (const shard of shards.result as { generation: number; kind: string; items: Item[] }[]) {
              if (shard.generation !== generation) continue;
              if (shard.kind === 'article') figures.articles += shard.items.length;
              else
                for (const item of shard.items) {
                  figures.entities++;
                  figures.evidence += item.evidence!.length;
                  figures.aliases += item.aliases!.length + item.shortForms!.length;
                }
            }
            done(figures);
          };
        };
      }),
    undefined,
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

  it('is loaded into the extension’s IndexedDB with every entity, article and sentence of the bundle', async () => {
    await waitFor(
      async () => ((await countInWorker(browser.worker, 'meta')) > 0 ? true : undefined),
      'the seed bundle to load',
    );
    // The meta row is written last in the same transaction, so once it is there every shard is complete.
    const stored = await storedFigures(browser.worker);
    expect(seed.entities.length).toBeGreaterThan(80);
    expect(stored).toEqual({
      entities: seed.entities.length,
      articles: seed.articles.length,
      evidence: seedEvidence,
      aliases: seedAliases,
    });
  });

  it('answers kb-stats through the message protocol from an extension page, and the options page shows the figures', async () => {
    const page = await browser.openExtensionPage('options.html');
    const stats = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backstory:kb-stats' }));
    expect(stats).toMatchObject({
      ok: true,
      value: {
        entities: seed.entities.length,
        articles: seed.articles.length,
        evidence: seedEvidence,
        aliases: seedAliases,
        meta: { bundleName: seed.name, contentHash: seed.contentHash, origin: 'seed' },
      },
    });
    const shown = await page.getByTestId('kb-entities').textContent();
    expect(Number(shown?.replace(/\D/gu, ''))).toBe(seed.entities.length);
    expect(Number((await page.getByTestId('kb-articles').textContent())?.replace(/\D/gu, ''))).toBe(
      seed.articles.length,
    );
    await page.close();
  });

  it('made no request outside this machine, and would have seen one from the service worker', async () => {
    expect(browser.outsideRequests).toEqual([]);
    const worker = browser.context.serviceWorkers()[0]!;
    await evalInWorker(
      worker,
      (url) =>
        fetch(url).then(
          () => undefined,
          () => undefined,
        ),
      'https://example.com/backstory-probe',
    );
    expect(browser.outsideRequests).toEqual(['https://example.com/backstory-probe']);
  });
});

describe('the knowledge base across a browser restart', () => {
  let profile: string;
  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'backstory-restart-'));
  });
  afterAll(async () => {
    await rm(profile, { recursive: true, force: true });
  });

  it('keeps what the reader imported instead of loading the seed again', async () => {
    const first = await launchWithExtension({ userDataDir: profile });
    const outside: string[] = [];
    try {
      await waitFor(
        async () => ((await countInWorker(first.worker, 'meta')) > 0 ? true : undefined),
        'the seed bundle to load',
      );
      // Stands in for an import: the meta row now says the knowledge base came from the reader.
      await evalInWorker(
        first.worker,
        () =>
          new Promise<void>((done, fail) => {
            const open = indexedDB.open('backstory');
            open.onerror = () => fail(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction('meta', 'readwrite');
              const store = tx.objectStore('meta');
              const get = store.get('current');
              get.onsuccess = () =>
                store.put({
                  key: 'current',
                  value: { ...(get.result as { value: object }).value, bundleName: 'reader import', origin: 'import' },
                });
              tx.oncomplete = () => {
                db.close();
                done();
              };
              tx.onerror = () => fail(tx.error);
            };
          }),
        undefined,
      );
    } finally {
      outside.push(...first.outsideRequests);
      await first.close();
    }

    const second = await launchWithExtension({ userDataDir: profile });
    try {
      const page = await second.openExtensionPage('options.html');
      // kb-stats waits for this worker's start-up check, so these are the figures after it.
      const stats = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'backstory:kb-stats' }));
      expect(stats).toMatchObject({
        ok: true,
        value: {
          entities: seed.entities.length,
          evidence: seedEvidence,
          aliases: seedAliases,
          meta: { bundleName: 'reader import', origin: 'import' },
        },
      });
      await page.close();
    } finally {
      outside.push(...second.outsideRequests);
      await second.close();
    }
    expect(outside).toEqual([]);
  });
});

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
