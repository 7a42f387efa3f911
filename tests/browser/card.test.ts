import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { launchWithExtension, waitFor, waitForMentions, type ExtensionBrowser } from '../support/extension';
import { mentionPoint } from '../support/pages';
import { startServer, type TestServer } from '../support/server';

const CORNERS = `<!doctype html><html><head><meta charset="utf-8"><title>Corners</title>
<style>body{margin:0;height:100vh;overflow:hidden;font:16px serif} p{position:fixed;margin:0;white-space:nowrap} .intro{top:45%;left:30%}</style></head><body>
<p class="intro">Pakistan Tehreek-e-Insaf leaders met in Islamabad and Peshawar.</p>
<p id="tl" style="top:0;left:0">Imran Khan</p>
<p id="tr" style="top:0;right:0">Shehbaz Sharif</p>
<p id="bl" style="bottom:0;left:0">Khawaja Asif</p>
<p id="br" style="bottom:0;right:0">Sohail Afridi</p>
</body></html>`;

const HOSTILE = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title><style>
* { all: unset !important; }
div { display: none !important; }
html { font-size: 40px !important; }
body { transform: translateX(50px) scale(1.1) !important; display: block !important; font-size: 60px !important; }
p { display: block !important; }
</style></head><body><p>Pakistan Tehreek-e-Insaf leaders met in Islamabad, where Imran Khan spoke.</p></body></html>`;

const PLAIN = `<!doctype html><html><head><meta charset="utf-8"><title>Plain</title></head><body><p>Pakistan Tehreek-e-Insaf leaders met in Islamabad, where Imran Khan spoke.</p></body></html>`;

/** A name written across three text nodes in two inline elements. */
const SPLIT = `<!doctype html><html><head><meta charset="utf-8"><title>Split</title></head><body><p>Pakistan Tehreek-e-Insaf leaders met in Islamabad, where <b>Imran</b> <i>Khan</i> spoke.</p></body></html>`;

const CARD = 'backstory-card .card';

// A card's content on hover and keyboard stepping are tested in both browsers, in reading.test.ts.
describe('hover cards in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let pages: NewsPage[];

  const open = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await waitForMentions(browser, page, `mentions on ${path}`);
    return page;
  };
  const hover = async (page: Page, text: string, nth = 0) => {
    const { x, y } = await mentionPoint(page, text, nth);
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    await page.locator(`${CARD} h2`).waitFor({ state: 'visible' });
    return { x, y };
  };
  const cardText = (page: Page) => page.locator(CARD).innerText();

  beforeAll(async () => {
    const site = await renderNewsSite();
    pages = site.pages;
    server = await startServer({
      ...articleRoutes(pages),
      '/corners.html': CORNERS,
      '/hostile.html': HOSTILE,
      '/plain.html': PLAIN,
      '/split.html': SPLIT,
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the right card for a person, a group and a place, and closes when the pointer moves away', async () => {
    const page = await open(`/${pages[3]!.slug}.html`);
    await hover(page, 'Sohail Afridi');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Sohail Afridi');
    const person = await cardText(page);
    expect(person).toMatch(/Person/iu);
    expect(person).toMatch(/Chief Minister of Khyber Pakhtunkhwa/iu);
    expect(person).toMatch(/In the news/iu);
    expect(await page.locator(`${CARD} mark`).first().textContent()).toBe('Sohail Afridi');
    expect(await page.locator(`${CARD} cite`).first().textContent()).toMatch(/Dec 7, 2025|7 Dec 2025/u);

    await page.mouse.move(5, 5);
    await page.locator(CARD).waitFor({ state: 'detached' });
    expect(await page.locator('backstory-card').count()).toBe(0);

    await hover(page, 'PTI');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Pakistan Tehreek-e-Insaf');
    expect(await cardText(page)).toMatch(/Group/iu);
    await page.mouse.move(5, 5);
    await page.locator(CARD).waitFor({ state: 'detached' });

    await hover(page, 'Peshawar');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Peshawar');
    expect(await cardText(page)).toMatch(/Place/iu);
    await page.close();
  });

  it('opens the card of a name written across elements from any of its parts', async () => {
    const page = await open('/split.html');
    for (const selector of ['i', 'b']) {
      const { x, y } = await page.evaluate((s) => {
        const rect = document.querySelector(s)!.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, selector);
      await page.mouse.move(x - 2, y);
      await page.mouse.move(x, y);
      await page.locator(`${CARD} h2`).waitFor({ state: 'visible' });
      expect(await page.locator(`${CARD} h2`).textContent()).toBe('Imran Khan');
      await page.mouse.move(5, 5);
      await page.locator(CARD).waitFor({ state: 'detached' });
    }
    await page.close();
  });

  it('does not open beside a mention, only over its glyphs', async () => {
    const page = await open(`/${pages[3]!.slug}.html`);
    const { y } = await mentionPoint(page, 'Sohail Afridi');
    const beside = await page.evaluate((py) => document.documentElement.clientWidth - 3 + py * 0, y);
    await page.mouse.move(beside, y);
    await page.waitForTimeout(900);
    expect(await page.locator('backstory-card').count()).toBe(0);
    await page.close();
  });

  it('keeps the card inside the viewport for a mention at each corner', async () => {
    const page = await open('/corners.html');
    const viewport = page.viewportSize()!;
    for (const name of ['Imran Khan', 'Shehbaz Sharif', 'Khawaja Asif', 'Sohail Afridi']) {
      await hover(page, name);
      expect(await page.locator(`${CARD} h2`).textContent()).toBe(name);
      const box = (await page.locator(CARD).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.keyboard.press('Escape');
      await page.locator(CARD).waitFor({ state: 'detached' });
      await page.mouse.move(viewport.width / 2, viewport.height / 3);
    }
    await page.close();
  });

  it('looks the same on a page with hostile CSS', async () => {
    const styleOf = async (path: string) => {
      const page = await open(path);
      await hover(page, 'Imran Khan');
      const style = await page.locator(CARD).evaluate((card) => {
        const pick = (el: Element) => {
          const s = getComputedStyle(el);
          return [
            s.display,
            s.fontSize,
            s.fontFamily,
            s.color,
            s.backgroundColor,
            s.width,
            s.paddingTop,
            s.position,
            s.borderRadius,
          ].join('|');
        };
        return {
          card: pick(card),
          title: pick(card.querySelector('h2')!),
          quote: pick(card.querySelector('q') ?? card),
          chip: pick(card.querySelector('.chip') ?? card),
        };
      });
      const box = (await page.locator(CARD).boundingBox())!;
      const viewport = page.viewportSize()!;
      await page.close();
      return {
        style,
        inside:
          box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height,
      };
    };
    const plain = await styleOf('/plain.html');
    const hostile = await styleOf('/hostile.html');
    expect(hostile.style).toEqual(plain.style);
    expect(hostile.inside).toBe(true);
    expect(plain.style.title).toContain('17px');
  });

  it('shows a related entity’s card from its chip', async () => {
    const page = await open(`/${pages[3]!.slug}.html`);
    await hover(page, 'Sohail Afridi');
    const chip = page.locator(`${CARD} .chips button`).first();
    const name = (await chip.textContent())!;
    await chip.click();
    await waitFor(
      async () => ((await page.locator(`${CARD} h2`).textContent()) === name ? true : undefined),
      `the card of ${name}`,
    );
    await page.close();
  });

  it('opens the popup’s detail view of the entity from “All N mentions”, with N sentences', async () => {
    const page = await open('/plain.html');
    await hover(page, 'Imran Khan');
    const link = page.locator(`${CARD} button.link`, { hasText: /^All \d+ mentions?$/u });
    const n = Number(/\d+/u.exec((await link.textContent())!)![0]);
    expect(n).toBeGreaterThan(3); // more than the card quotes
    const [popup] = await Promise.all([browser.context.waitForEvent('page'), link.click()]);
    await popup.waitForURL(
      `chrome-extension://${browser.extensionId}/popup.html#entity=${encodeURIComponent('person/imran-khan')}`,
    );
    await expect.poll(() => popup.locator('#entity-title').textContent()).toBe('Imran Khan');
    expect(await popup.locator('#mentions-heading').textContent()).toBe(`All mentions (${n})`);
    expect(await popup.locator('.source-article .sentences li').count()).toBe(n);
    expect(await popup.locator('.source-article').count()).toBeGreaterThan(1);
    await popup.close();
    await page.close();
  });

  it('remembers “Wrong link?” across a reload, and the options page undoes it', async () => {
    const page = await open(`/${pages[3]!.slug}.html`);
    const texts = async () =>
      (await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' })).mentions.map(
        (m) => m.text,
      );
    expect(await texts()).toContain('Peshawar');
    await hover(page, 'Peshawar');
    await page.locator(`${CARD} .foot button`).click();
    await waitFor(async () => (!(await texts()).includes('Peshawar') ? true : undefined), 'Peshawar to stop linking');
    await page.reload();
    await waitFor(async () => ((await texts()).length > 0 ? true : undefined), 'mentions after reload');
    expect(await texts()).not.toContain('Peshawar');

    const options = await browser.openExtensionPage('options.html');
    const undo = options.getByRole('button', { name: /Link “peshawar” again/u });
    await undo.click();
    await waitFor(async () => ((await texts()).includes('Peshawar') ? true : undefined), 'Peshawar to link again');
    await options.close();
    await page.close();
  });

  it('opens on an Urdu name in right-to-left text, aligned inside the viewport', async () => {
    const page = await open(`/${pages[1]!.slug}.html`);
    // The Urdu line of the National Assembly's post, rendered as a paragraph with dir="rtl".
    await hover(page, 'محمود خان اچکزئی');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Mahmood Khan Achakzai');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('p[dir=rtl]')!).direction)).toBe('rtl');
    const box = (await page.locator(CARD).boundingBox())!;
    const mention = await mentionPoint(page, 'محمود خان اچکزئی');
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    // Right-to-left: the card's right edge lines up with the name's right end, so it opens towards the text.
    expect(Math.abs(box.x + box.width - mention.right)).toBeLessThan(2);
    expect(box.x).toBeLessThan(mention.left);
    await page.close();
  });

  it('follows a dark page, and the system theme on a page without a background', async () => {
    const darkPage = await open('/plain.html');
    await darkPage.evaluate(() => {
      document.body.style.background = '#111';
      document.body.style.color = '#eee';
    });
    await hover(darkPage, 'Imran Khan');
    expect(await darkPage.locator(CARD).getAttribute('class')).toContain('theme-dark');
    await darkPage.close();
    const lightPage = await open('/plain.html');
    await hover(lightPage, 'Imran Khan');
    expect(await lightPage.locator(CARD).getAttribute('class')).toContain('theme-light');
    await lightPage.emulateMedia({ colorScheme: 'dark' });
    await lightPage.keyboard.press('Escape');
    await lightPage.mouse.move(1, 1);
    await hover(lightPage, 'Imran Khan');
    expect(await lightPage.locator(CARD).getAttribute('class')).toContain('theme-dark');
    await lightPage.close();
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
