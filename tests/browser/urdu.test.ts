/**
 * An Urdu news page, in Chromium and in Firefox: names painted right to left with the DOM untouched,
 * the linking rules in Urdu, a card on an Urdu name, and the popup's search in Urdu.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { hoverMention } from './helpers/card';
import { highlightSizes } from '../support/pages';
import { startServer, type TestServer } from '../support/server';
import { BROWSERS, launchBrowser, waitFor, type BrowserUnderTest, type TestPage } from './helpers/under-test';

/** A short story in the team's own words, in the shape of an Urdu wire report. */
const URDU_PAGE = `<!doctype html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>اڈیالہ جیل کے باہر دھرنا</title>
<style>body { font: 20px/1.8 'Noto Naskh Arabic', serif; max-width: 40em; margin: 2em auto; }</style></head><body>
<article>
<h1>اڈیالہ جیل کے باہر دھرنا</h1>
<p>راولپنڈی: پاکستان تحریک انصاف (پی ٹی آئی) کے بانی عمران خان سے ملاقات نہ ہونے پر ان کی بہنوں نے اسلام آباد سے آکر جیل کے باہر دھرنا دیا۔</p>
<p>علیمہ خان نے صحافیوں سے کہا کہ خان سے ملاقات ان کا حق ہے۔</p>
<p>پی ٹی آئی کے رہنماؤں نے پشاور میں بھی احتجاج کیا، جبکہ وزیراعظم شہباز شریف نے مذاکرات کی پیشکش دہرائی۔</p>
</article></body></html>`;

describe.each(BROWSERS)('an Urdu page in %s', (name) => {
  let browser: BrowserUnderTest;
  let server: TestServer;
  let page: TestPage;

  const mentionsOf = async () =>
    (await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' })).mentions;

  beforeAll(async () => {
    server = await startServer({ '/urdu.html': URDU_PAGE });
    browser = await launchBrowser(name);
    page = await browser.newPage();
    await page.beforeLoad(() =>
      document.addEventListener('DOMContentLoaded', () =>
        Object.assign(window, { initialHtml: document.documentElement.outerHTML }),
      ),
    );
    await page.goto(server.url('/urdu.html'));
    await waitFor(async () => ((await mentionsOf()).length > 0 ? true : undefined), 'mentions on the Urdu page');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints the Urdu names by the linking rules and leaves the DOM byte-identical', async () => {
    const mentions = await mentionsOf();
    expect(mentions.map((m) => [m.text, m.entityId])).toEqual([
      ['پاکستان تحریک انصاف', 'group/pakistan-tehreek-e-insaf'],
      ['پی ٹی آئی', 'group/pakistan-tehreek-e-insaf'],
      ['عمران خان', 'person/imran-khan'],
      ['اسلام آباد', 'place/islamabad'],
      // "علیمہ خان" is his sister, who is not in the knowledge base: neither she nor the "خان" after her links.
      ['پی ٹی آئی', 'group/pakistan-tehreek-e-insaf'],
      ['پشاور', 'place/peshawar'],
      ['شہباز شریف', 'person/shehbaz-sharif'],
    ]);
    expect(mentions[1]!.reason).toBe('پی ٹی آئی: defined on this page as Pakistan Tehreek-e-Insaf');
    const sizes = await highlightSizes(page);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBe(mentions.length);
    const { before, after } = await page.evaluate(
      () => ({
        before: (window as unknown as { initialHtml: string }).initialHtml,
        after: document.documentElement.outerHTML,
      }),
      null,
    );
    expect(before).toContain('dir="rtl"');
    expect(after).toBe(before);
  });

  it('opens the card of an Urdu name, with the entity’s Urdu name in it', async () => {
    const card = await hoverMention(page, 'عمران خان');
    expect(card.title).toBe('Imran Khan');
    expect(card.text).toContain('عمران خان');
    expect(card.mark).not.toBeNull();
  });

  it('finds an entity from an Urdu query with Arabic letter variants in the popup', async () => {
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor('html[data-ready="true"] #search-input');
    await popup.fill('#search-input', 'شهباز شريف');
    await waitFor(
      async () =>
        (await popup.evaluate(
          () => document.querySelector('[role="option"] .result-name')?.textContent ?? null,
          null,
        )) === 'Shehbaz Sharif'
          ? true
          : undefined,
      'Shehbaz Sharif first',
    );
    await popup.close();
  });
});
