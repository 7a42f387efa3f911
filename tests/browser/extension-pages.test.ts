/**
 * The popup and the options page, opened as extension pages, in Chromium and
 * in Firefox: the same test bodies run in each browser.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updatedBundle } from '../fixtures/bundles';
import { renderNewsSite } from '../fixtures/news-site';
import { highlightSizes } from '../support/pages';
import { startServer, type TestServer } from '../support/server';
import {
  BROWSERS,
  launchBrowser,
  waitFor,
  waitForMentions,
  type BrowserUnderTest,
  type TestPage,
} from './helpers/under-test';

const text = (page: TestPage, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
const until = (page: TestPage, selector: string, wanted: string | RegExp) =>
  waitFor(
    async () => {
      const found = await text(page, selector);
      return found !== null && (typeof wanted === 'string' ? found === wanted : wanted.test(found)) ? found : undefined;
    },
    `${selector} to read ${String(wanted)}`,
  );

describe.each(BROWSERS)('the popup and the options page in %s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let news: TestPage;
  let tabId: number;
  let dir: string;

  /** The extension's own tabs; it may read their addresses without any permission. */
  const extensionTabs = () =>
    browser.inExtension(
      async (api, origin) => (await api.tabs.query({})).map((t) => t.url ?? '').filter((u) => u.startsWith(origin)),
      browser.extensionOrigin,
    );
  const openPopup = async () => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(380, 580);
    await popup.waitFor('html[data-ready="true"] #search-input');
    return popup;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstory-pages-'));
    const site = await renderNewsSite(resolve(import.meta.dirname, '../fixtures/update'));
    server = await startServer({ '/update.html': site.pages[0]!.html });
    browser = await launchBrowser(name);
    news = await browser.newPage();
    await news.goto(server.url('/update.html'));
    await waitForMentions(browser, news, 'mentions on the news page');
    tabId = await browser.tabIdOf(news);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens the popup as an extension page at the browser’s own scheme, and searches despite typos and scripts', async () => {
    const popup = await openPopup();
    expect(browser.extensionOrigin).toMatch(
      name === 'firefox' ? /^moz-extension:\/\/[0-9a-f-]{36}$/u : /^chrome-extension:\/\/[a-p]{32}$/u,
    );
    expect(await popup.evaluate(() => document.activeElement?.id, null)).toBe('search-input');
    for (const [query, top] of [
      ['Imran Kahn', 'Imran Khan'],
      ['Achakzi', 'Mahmood Khan Achakzai'],
      ['عمران خان', 'Imran Khan'],
    ] as const) {
      await popup.fill('#search-input', query);
      await until(popup, '[role="option"] .result-name', top);
    }
    expect(await text(popup, '#search-status')).toMatch(/results?$/u);
    await popup.click('[role="option"]');
    await until(popup, '#entity-title', 'Imran Khan');
    await popup.close();
  });

  it('describes the news page and pauses on its site from the switch, then resumes', async () => {
    const popup = await openPopup();
    const host = new URL(server.url('/')).host;
    // The page's address comes from its content script: the extension may not read tab URLs.
    await until(popup, '#page-heading', `On this page · ${host}`);
    await until(popup, '.switch-label', `Pause on ${host}`);
    await popup.click('input[role="switch"]');
    await waitFor(
      async () => (Object.keys(await highlightSizes(news)).length === 0 ? true : undefined),
      'the page’s highlights to go',
    );
    await until(popup, '#page-heading + .state', /^Paused on /u);
    await popup.click('input[role="switch"]');
    await waitFor(
      async () => (Object.keys(await highlightSizes(news)).length > 0 ? true : undefined),
      'the page to be marked again',
    );
    await popup.close();
  });

  it('opens the options page from the popup in a tab of its own', async () => {
    const popup = await openPopup();
    const optionsTabs = async () =>
      (await extensionTabs()).filter((url) => url === `${browser.extensionOrigin}/options.html`).length;
    const before = await optionsTabs();
    await popup.click('button[aria-label="Open the options"]');
    // Both builds declare options_ui with open_in_tab; Firefox opens it in a tab too, not inside about:addons.
    await waitFor(async () => ((await optionsTabs()) === before + 1 ? true : undefined), 'the options tab');
    await popup.close();
  });

  it('imports a bundle from the options page after showing its preview', async () => {
    const bundle = await updatedBundle();
    const file = join(dir, 'week-10.json');
    await writeFile(file, JSON.stringify(bundle));
    const options = await browser.openExtensionPage('options.html');
    await until(options, '[data-testid="kb-entities"]', /^\d+$/u);
    const before = Number(await text(options, '[data-testid="kb-entities"]'));
    await options.upload('[data-testid="import-file"]', file);
    await options.waitFor('[data-testid="import-preview"]');
    expect(await text(options, '[data-testid="import-preview"] h3')).toBe('“Pakistan security and politics, week 10”');
    expect(await text(options, '[data-testid="preview-bundle"]')).toMatch(
      new RegExp(`Version 1, made .*2026: ${bundle.entities.length} entities, ${bundle.articles.length} articles`, 'u'),
    );
    expect(await text(options, '[data-testid="diff-entities"] [data-kind="added"]')).toBe(
      String(bundle.entities.length - before),
    );
    // Nothing is written before the reader applies it.
    expect(await text(options, '[data-testid="kb-entities"]')).toBe(String(before));
    await options.click('[data-testid="import-apply"]');
    await until(
      options,
      '[data-testid="import-done"]',
      /^Imported “Pakistan security and politics, week 10” \(merged\)/u,
    );
    await until(options, '[data-testid="kb-entities"]', String(bundle.entities.length));
    // The open page paints a name only the update has, without a reload.
    await waitFor(async () => {
      const { mentions } = await browser.askTab<{ mentions: { entityId: string }[] }>(news, {
        type: 'backstory:mentions',
      });
      return mentions.some((m) => m.entityId === 'person/maryam-nawaz') ? true : undefined;
    }, 'the new names on the open page');
    await options.close();
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
