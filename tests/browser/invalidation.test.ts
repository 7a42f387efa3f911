/**
 * After an extension update the old content script keeps running beside the
 * new one until its context is invalidated. Once it is, nothing of it may be
 * left in the page: no highlight, no card, and no listener that reacts to a
 * hover, a message or a change of the settings.
 *
 * In both browsers the test does what a newer copy of the content script does
 * when it starts (WXT's ContentScriptContext: an event on the document named
 * after the extension and the content script). In Chromium it also reloads the
 * extension for real, which WXT notices the next time the script asks whether
 * its context is still valid: on the first pointer move.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { hoverMention } from './helpers/card';
import { launchWithExtension, waitForMentions, type ExtensionBrowser } from '../support/extension';
import { highlightSizes, mentionPoint } from '../support/pages';
import { startServer, type TestServer } from '../support/server';
import { BROWSERS, launchBrowser, waitFor, type BrowserUnderTest, type TestPage } from './helpers/under-test';

/** The content script's entrypoint name (entrypoints/content/), part of the event's name. */
const CONTENT_SCRIPT = 'content';
/** Settings that a live session would act on: a wrong link on the page's own site makes it paint the page again. */
const settingsFor = (origin: string) => ({
  enabled: true,
  pausedOrigins: [],
  hoverDelayMs: 200,
  wrongLinks: { [origin]: ['no such name'] },
});

/** What Backstory left in a page: its highlights (name and size), whether a card host is there. */
const leftovers = (page: { evaluate: TestPage['evaluate'] }) =>
  page.evaluate(() => {
    const highlights: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('backstory-')) highlights.push(`${name}:${highlight.size}`);
    });
    return { highlights, cardHost: document.querySelector('backstory-card') !== null };
  }, null);

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(BROWSERS)('an invalidated content script in %s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let pages: NewsPage[];

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

  it('leaves no highlight, no card and no listener behind when a newer copy of it starts', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/${pages[3]!.slug}.html`));
    const mentionsOf = () => browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' });
    await waitFor(async () => ((await mentionsOf()).mentions.length > 0 ? true : undefined), 'mentions on the page');
    const tabId = await browser.tabIdOf(page);
    const runtimeId = await browser.inExtension((api) => (api.runtime as unknown as { id: string }).id, null);
    await hoverMention(page, 'Sohail Afridi');
    const before = await leftovers(page);
    expect(before.highlights.length).toBeGreaterThan(0);
    expect(before.cardHost).toBe(true);
    const point = await mentionPoint(page, 'Sohail Afridi');

    // What WXT's ContentScriptContext of a newer copy dispatches when it starts (content-script-context.mjs, stopOldScripts).
    await page.evaluate(
      ([eventName, scriptName]) =>
        document.dispatchEvent(
          new CustomEvent(eventName, { detail: { contentScriptName: scriptName, messageId: 'a-newer-copy' } }),
        ),
      [`${runtimeId}:${CONTENT_SCRIPT}:wxt:content-script-started`, CONTENT_SCRIPT] as const,
    );
    expect(await leftovers(page)).toEqual({ highlights: [], cardHost: false });

    // No listener left: a message finds no receiver, a hover opens nothing, a change of the settings paints nothing.
    const send = (message: unknown) =>
      browser.inExtension(
        (api, [id, msg]) =>
          api.tabs.sendMessage(id, msg).then(
            (reply) => ({ answered: true, reply }),
            (error: unknown) => ({ answered: false, reply: String(error) }),
          ),
        [tabId, message] as const,
      );
    expect(await send({ type: 'backstory:mentions' })).toMatchObject({ answered: false });
    expect(await send({ type: 'backstory:step-mention', direction: 1 })).toMatchObject({ answered: false });
    await page.bringToFront();
    await page.mouseMove(point.x - 2, point.y);
    await page.mouseMove(point.x, point.y);
    await browser.inExtension(
      (api, settings) => api.storage.local.set({ settings }),
      settingsFor(new URL(server.url('/')).origin),
    );
    await pause(1000);
    expect(await leftovers(page)).toEqual({ highlights: [], cardHost: false });
    await page.close();
  });
});

describe('a content script whose extension was reloaded, in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let pages: NewsPage[];

  beforeAll(async () => {
    const site = await renderNewsSite();
    pages = site.pages;
    server = await startServer(articleRoutes(pages));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes its highlights down on the first pointer move after the reload, and opens no card', async () => {
    const page: Page = await browser.context.newPage();
    await page.goto(server.url(`/${pages[3]!.slug}.html`));
    await waitForMentions(browser, page, 'mentions on the page');
    const point = await mentionPoint(page, 'Sohail Afridi');
    expect(Object.keys(await highlightSizes(page)).length).toBeGreaterThan(0);

    // The old service worker goes away with the reload, so the call is not awaited from it.
    await browser.worker
      .evaluate(
        () =>
          void setTimeout(
            () => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
            50,
          ),
      )
      .catch(() => undefined);
    await waitFor(
      async () => ((await page.evaluate(() => document.readyState)) === 'complete' ? true : undefined),
      'the page',
    );
    await pause(1500);

    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    await pause(1500);
    expect(await leftovers(page)).toEqual({ highlights: [], cardHost: false });
    await page.close();
  });
});
