/**
 * An accessibility audit with axe-core of everything Backstory draws: the popup
 * (empty and with results), the options page and an open card, in Chromium and
 * in Firefox, with the reader's light and dark settings. Every rule axe runs by
 * default (WCAG 2.x A and AA and its best practices) must pass.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { startServer, type TestServer } from '../support/server';
import {
  BROWSERS,
  launchBrowser,
  waitFor,
  waitForMentions,
  type BrowserUnderTest,
  type TestPage,
} from './helpers/under-test';
import { hoverMention } from './helpers/card';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe on the whole page (open shadow roots included) and lists what it found. */
async function audit(page: TestPage): Promise<Violation[]> {
  await page.evaluateSource(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  }, null);
}

const RUNS = BROWSERS.flatMap((name) => (['light', 'dark'] as const).map((scheme) => [name, scheme] as const));

describe.each(RUNS)('accessibility in %s, %s', (name, colorScheme) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let pages: NewsPage[];
  let tabId: number;

  beforeAll(async () => {
    const site = await renderNewsSite();
    pages = site.pages;
    server = await startServer(articleRoutes(pages));
    browser = await launchBrowser(name, { colorScheme });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an open card adds no violation to the page it opens on', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/${pages[3]!.slug}.html`));
    await waitForMentions(browser, page, 'mentions');
    tabId = await browser.tabIdOf(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, null)).toBe(
      colorScheme === 'dark',
    );
    // The news page itself is a fixture of this project, written to pass the same audit.
    expect(await audit(page)).toEqual([]);
    await hoverMention(page, 'Sohail Afridi');
    // The card follows the page's look (the fixture page follows the reader's setting).
    expect(
      await page.evaluate(
        () => document.querySelector('backstory-card')!.shadowRoot!.querySelector('.card')!.className,
        null,
      ),
    ).toContain(`theme-${colorScheme}`);
    expect(await audit(page)).toEqual([]);
    // With focus inside the card, as the keyboard opens it.
    await page.press('Escape');
    await page.press('Alt+Shift+N');
    await waitFor(
      async () =>
        (await page.evaluate(() => document.activeElement?.localName, null)) === 'backstory-card' ? true : undefined,
      'focus in the card',
    );
    expect(await audit(page)).toEqual([]);
  });

  it('the popup, empty and with results (a result selected), and an entity’s entry', async () => {
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewport(380, 580);
    await popup.waitFor('html[data-ready="true"] #search-input');
    await popup.waitFor('.page-groups');
    expect(await audit(popup)).toEqual([]);
    await popup.fill('#search-input', 'khan');
    await popup.waitFor('[role="option"][aria-selected="true"]');
    expect(await audit(popup)).toEqual([]);
    await popup.fill('#search-input', 'qwxzv');
    await popup.waitFor('.no-results');
    expect(await audit(popup)).toEqual([]);
    await popup.fill('#search-input', 'Imran Khan');
    await popup.waitFor('[role="option"]');
    await popup.press('Enter');
    await popup.waitFor('#entity-title');
    expect(await audit(popup)).toEqual([]);
    await popup.close();
  });

  it('the options page', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor('[data-testid="kb-entities"]');
    expect(await audit(options)).toEqual([]);
    await options.close();
  });
});
