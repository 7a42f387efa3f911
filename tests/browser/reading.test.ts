/**
 * Reading a news page, in Chromium and in Firefox: the same test bodies run in
 * each browser through the driver of helpers/under-test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { hoverMention, readCard } from './helpers/card';
import { highlightSizes } from '../support/pages';
import { startServer, type TestServer } from '../support/server';
import { BROWSERS, launchBrowser, waitFor, type BrowserUnderTest, type TestPage } from './helpers/under-test';

describe.each(BROWSERS)('reading a news page in %s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let pages: NewsPage[];

  const mentionsOf = async (page: TestPage) =>
    (await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' })).mentions;
  const open = async (path: string, recordHtml = false) => {
    const page = await browser.newPage();
    // The page's HTML as it was when the DOM was ready, before a content script at document_idle ran.
    if (recordHtml)
      await page.beforeLoad(() =>
        document.addEventListener('DOMContentLoaded', () =>
          Object.assign(window, { initialHtml: document.documentElement.outerHTML }),
        ),
      );
    await page.goto(server.url(path));
    await waitFor(async () => ((await mentionsOf(page)).length > 0 ? true : undefined), `mentions on ${path}`);
    return page;
  };

  beforeAll(async () => {
    const site = await renderNewsSite();
    pages = site.pages;
    server = await startServer(articleRoutes(pages));
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints the mentions of a seed article and leaves its DOM byte-identical', async () => {
    const page = await open(`/${pages[0]!.slug}.html`, true);
    const mentions = await mentionsOf(page);
    // Headline: "…citing rising attacks in KP, Balochistan".
    expect(mentions.slice(0, 2).map((m) => `${m.entityId}=${m.text}`)).toEqual([
      'place/khyber-pakhtunkhwa=KP',
      'place/balochistan=Balochistan',
    ]);
    expect(mentions.map((m) => `${m.entityId}=${m.text}`)).toContain('person/imran-khan=عمران خان');
    const sizes = await highlightSizes(page);
    expect(Object.keys(sizes).sort()).toEqual(['backstory-group', 'backstory-person', 'backstory-place']);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBe(mentions.length);
    // Once the card's idle-time preparation has run too (idle callbacks run in order).
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })), null);
    const { before, after } = await page.evaluate(
      () => ({
        before: (window as unknown as { initialHtml: string }).initialHtml,
        after: document.documentElement.outerHTML,
      }),
      null,
    );
    expect(before.length).toBeGreaterThan(1000);
    expect(after).toBe(before);
    await page.close();
  });

  it('opens a card with its content when the pointer rests on a name', async () => {
    const page = await open(`/${pages[3]!.slug}.html`);
    // The hover is hit-tested with caretPositionFromPoint, the standard call (lib/dom/page/hit-test.ts asks it first):
    // long Firefox's only one (the ESR 153 here has caretRangeFromPoint as well), and Chromium's beside its own caretRangeFromPoint.
    expect(await page.evaluate(() => typeof document.caretPositionFromPoint, null)).toBe('function');
    const card = await hoverMention(page, 'Sohail Afridi');
    expect(card.title).toBe('Sohail Afridi');
    expect(card.role).toBe('dialog');
    expect(card.text).toMatch(/Person/iu);
    expect(card.text).toMatch(/Chief Minister of Khyber Pakhtunkhwa/u);
    expect(card.text).toMatch(/In the news/iu);
    expect(card.mark).toBe('Sohail Afridi');
    expect(card.cite).toMatch(/Dec 7, 2025|7 Dec 2025/u);
    await page.mouseMove(5, 5);
    await waitFor(async () => ((await readCard(page)) === null ? true : undefined), 'the card to close');
    await page.close();
  });

  it('steps through the names with Alt+Shift+N and Alt+Shift+P, focus in the card, and Escape gives focus back', async () => {
    const page = await open(`/${pages[4]!.slug}.html`);
    await page.focus('input[type=search]');
    const mentions = await mentionsOf(page);
    const titled = (wanted: string) =>
      waitFor(async () => ((await readCard(page))?.title === wanted ? true : undefined), `the card of ${wanted}`);
    await page.press('Alt+Shift+N');
    await titled(mentions[0]!.name);
    const card = (await readCard(page))!;
    expect(card.focused).toBe('backstory-card');
    expect(card.labelledBy).toBe('backstory-card-title');
    // What the browser command sends from the background (headless browsers bind no extension shortcut).
    await browser.askTab(page, { type: 'backstory:step-mention', direction: 1 });
    await titled(mentions[1]!.name);
    await page.press('Alt+Shift+P');
    await titled(mentions[0]!.name);
    await page.press('Escape');
    await waitFor(async () => ((await readCard(page)) === null ? true : undefined), 'the card to close');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type, null)).toBe('search');
    await page.close();
  });

  it('removes every highlight when paused on the site, and paints again when resumed', async () => {
    const page = await open(`/${pages[2]!.slug}.html`);
    const origin = new URL(server.url('/')).origin;
    const setPaused = (paused: boolean) =>
      browser.inExtension(
        async (api, [o, p]) => {
          const { settings = {} } = (await api.storage.local.get('settings')) as { settings?: object };
          await api.storage.local.set({ settings: { ...settings, pausedOrigins: p ? [o] : [] } });
        },
        [origin, paused] as const,
      );
    await setPaused(true);
    await waitFor(
      async () => (Object.keys(await highlightSizes(page)).length === 0 ? true : undefined),
      'highlights to go',
    );
    expect(await mentionsOf(page)).toEqual([]);
    await setPaused(false);
    await waitFor(async () => ((await mentionsOf(page)).length > 0 ? true : undefined), 'highlights to come back');
    await page.close();
  });

  it('runs its background the way the browser does it, and made no request outside this machine', async () => {
    const background = await browser.inExtension(async (api) => {
      const runtime = api.runtime as unknown as {
        getManifest(): { manifest_version: number };
        getBackgroundPage?(): Promise<Window | null>;
      };
      const page = runtime.getBackgroundPage ? await runtime.getBackgroundPage() : null;
      return {
        version: runtime.getManifest().manifest_version,
        backgroundPage: page?.location.href ?? null,
        serviceWorker:
          'ServiceWorkerGlobalScope' in globalThis &&
          globalThis instanceof
            (globalThis as unknown as { ServiceWorkerGlobalScope: typeof EventTarget }).ServiceWorkerGlobalScope,
      };
    }, null);
    if (name === 'firefox') {
      // Firefox runs the MV2 build: the background is a page (Firefox generates it from the scripts), reachable from the extension's pages.
      expect(background).toEqual({
        version: 2,
        backgroundPage: `${browser.extensionOrigin}/_generated_background_page.html`,
        serviceWorker: false,
      });
    } else {
      // Chromium runs the MV3 build: the background is a service worker, and the tests reach the extension there.
      expect(background).toEqual({ version: 3, backgroundPage: null, serviceWorker: true });
    }
    expect(browser.outsideRequests).toEqual([]);
    // The check can fail: a request from the extension to another host is seen.
    await browser.inExtension(async () => {
      await fetch('https://example.com/backstory-probe').catch(() => undefined);
    }, null);
    await waitFor(async () => (browser.outsideRequests.length > 0 ? true : undefined), 'the probe to be seen');
    expect(browser.outsideRequests.join(' ')).toContain('example.com');
  });
});
