import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/extension';
import { highlightedTextsIn, reactCounterScript, REACT_COUNTER_HTML } from '../support/pages';
import { startServer, type TestServer } from '../support/server';

const HIDDEN = `<!doctype html><html><head><meta charset="utf-8"><title>Hidden</title><style>.folded { display: none } .ghost { visibility: hidden }</style></head><body>
<p>Imran Khan spoke in Islamabad.</p>
<p class="folded">Shehbaz Sharif replied from Lahore.</p>
<p class="ghost">Khawaja Asif was not seen.</p>
<p hidden>Sohail Afridi stayed away.</p>
<p aria-hidden="true">Asad Qaiser too.</p>
<p>Imran<br>Khan on two lines is two words, and so are Imran<p>Khan in two paragraphs.</p></p>
</body></html>`;

/** Markup as a minifier or a client-side renderer writes it: no white space between elements, so block texts touch. */
const GLUED =
  '<!doctype html><html><head><meta charset="utf-8"><title>Glued</title></head><body><main>' +
  '<h2>Imran Khan</h2><p>Islamabad talks</p><ul><li>Shehbaz Sharif</li><li>Peshawar</li></ul>' +
  '<p>Later Imran<code>x</code>Khan and Shehbaz<script>var Sharif = 1;</script> met in Peshawar.</p><p>Imran</p><p>Khan</p>' +
  '<p>Imran<span aria-hidden="true">Khan</span></p>' +
  '</main></body></html>';

const FOREIGN_SENATE = `<!doctype html><html><head><meta charset="utf-8"><title>Senate confirms nominee</title></head><body>
<header><nav><a href="/">Politics</a></nav></header>
<article><h1>Senate confirms nominee after marathon session</h1>
<p>WASHINGTON: The Senate voted 52-48 on Tuesday to confirm the nominee, after the Senate majority leader ended debate.</p>
<p>In Paris, the National Assembly debated the budget, and the Foreign Office in London said the Supreme Court ruling stands.</p>
<p>Senators also discussed sanctions on Iran.</p></article></body></html>`;

// The DOM left byte-identical and pause per site are tested in both browsers, in reading.test.ts.
describe('mentions on seed articles rendered as news pages', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let pages: NewsPage[];

  const mentionsOf = (page: Page) =>
    browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' });
  const openPainted = async (path: string) => {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await waitFor(async () => ((await mentionsOf(page)).mentions.length > 0 ? true : undefined), `mentions on ${path}`);
    return page;
  };

  beforeAll(async () => {
    const site = await renderNewsSite();
    pages = site.pages;
    server = await startServer({
      '/': site.index,
      ...articleRoutes(pages),
      '/senate.html': FOREIGN_SENATE,
      '/hidden.html': HIDDEN,
      '/glued.html': GLUED,
      '/counter.html': REACT_COUNTER_HTML,
      '/counter.js': await reactCounterScript(),
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reports every painted mention in document order, with canonical names and the page’s own text', async () => {
    const page = await openPainted(`/${pages[0]!.slug}.html`);
    const { mentions } = await mentionsOf(page);
    // Headline: "…citing rising attacks in KP, Balochistan"; then the caption and the first paragraph.
    expect(mentions.slice(0, 6)).toEqual([
      {
        entityId: 'place/khyber-pakhtunkhwa',
        name: 'Khyber Pakhtunkhwa',
        type: 'place',
        text: 'KP',
        reason: 'KP: Khyber Pakhtunkhwa is named in full on this page',
      },
      {
        entityId: 'place/balochistan',
        name: 'Balochistan',
        type: 'place',
        text: 'Balochistan',
        reason: 'Balochistan: named in full',
      },
      {
        entityId: 'group/tehreek-e-tahaffuz-e-ain-pakistan',
        name: expect.any(String),
        type: 'group',
        text: 'Tehreek-e-Tahaffuz-e-Ain Pakistan',
        reason: 'Tehreek-e-Tahaffuz-e-Ain Pakistan: named in full',
      },
      {
        entityId: 'person/mahmood-khan-achakzai',
        name: 'Mahmood Khan Achakzai',
        type: 'person',
        text: 'Mahmood Khan Achakzai',
        reason: 'Mahmood Khan Achakzai: named in full',
      },
      {
        entityId: 'group/tehreek-e-tahaffuz-e-ain-pakistan',
        name: expect.any(String),
        type: 'group',
        text: 'Tehreek-e-Tahaffuz-e-Ain Pakistan',
        reason: 'Tehreek-e-Tahaffuz-e-Ain Pakistan: named in full',
      },
      {
        entityId: 'group/tehreek-e-tahaffuz-e-ain-pakistan',
        name: expect.any(String),
        type: 'group',
        text: 'TTAP',
        reason: 'TTAP: defined on this page as Tehreek-e-Tahaffuz-e-Ain Pakistan',
      },
    ]);
    // Every link carries its reason: a short form names the full name it follows.
    const khan = mentions.find((m) => m.entityId === 'person/imran-khan' && m.text === 'Khan');
    expect(khan?.reason).toBe('Khan: Imran Khan, named in full above');
    const texts = mentions.map((m) => `${m.entityId}=${m.text}`);
    expect(texts).toContain('person/imran-khan=Ian Khan');
    expect(texts).toContain('person/imran-khan=عمران خان');
    // "including Khan, Bushra Bibi…": the short form goes to Imran Khan, mentioned in full just before.
    expect(texts.filter((t) => t === 'person/imran-khan=Khan').length).toBeGreaterThan(0);
    expect(texts.filter((t) => t === 'person/atif-khan=Khan')).toEqual([]);
    await page.close();
  });

  it('paints nothing inside the search box, the comment textarea or the contenteditable box', async () => {
    const page = await openPainted(`/${pages[0]!.slug}.html`);
    expect(await highlightedTextsIn(page, '.comments, header.site form')).toEqual([]);
    const ids = (await mentionsOf(page)).mentions.map((m) => m.entityId);
    expect(ids).not.toContain('person/shehbaz-sharif'); // only in the textarea on this page
    expect(ids).not.toContain('person/khawaja-asif'); // only in the contenteditable box
    expect(await highlightedTextsIn(page, 'article > p')).toContain('Mahmood Khan Achakzai');
    await page.close();
  });

  it('paints no text that is not rendered, and no name across a line break or two blocks', async () => {
    const page = await openPainted('/hidden.html');
    const { mentions } = await mentionsOf(page);
    // "Imran" and "Khan" are short forms of Imran Khan, named in full above: each links on its own.
    expect(mentions.map((m) => m.text)).toEqual(['Imran Khan', 'Islamabad', 'Imran', 'Khan', 'Imran', 'Khan']);
    await page.close();
  });

  it('lists text that was folded away at load once it is shown, without a rescan', async () => {
    const page = await openPainted('/hidden.html');
    await page.evaluate(() => document.querySelector('.folded')!.classList.remove('folded'));
    const { mentions } = await mentionsOf(page);
    // Lahore is not in the seed knowledge base.
    expect(mentions.map((m) => m.text)).toEqual([
      'Imran Khan',
      'Islamabad',
      'Shehbaz Sharif',
      'Imran',
      'Khan',
      'Imran',
      'Khan',
    ]);
    await page.close();
  });

  it('scans an element appended after load', async () => {
    const page = await openPainted(`/${pages[2]!.slug}.html`);
    const before = (await mentionsOf(page)).mentions.length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Live update: Sohail Afridi met Asad Qaiser in Peshawar.';
      document.querySelector('article')!.append(p);
    });
    const after = await waitFor(async () => {
      const { mentions } = await mentionsOf(page);
      return mentions.length >= before + 3 ? mentions : undefined;
    }, 'the appended paragraph to be scanned');
    expect(after.map((m) => m.text)).toEqual(expect.arrayContaining(['Sohail Afridi', 'Asad Qaiser', 'Peshawar']));
    expect(await highlightedTextsIn(page, '#late')).toEqual(['Sohail Afridi', 'Asad Qaiser', 'Peshawar']);
    await page.close();
  });

  it('keeps a React page working and paints what it renders later', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/counter.html'));
    await waitFor(
      async () => ((await mentionsOf(page)).mentions.length >= 5 ? true : undefined),
      'mentions on the React page',
    );
    for (let i = 0; i < 3; i++) await page.click('#increment');
    expect(await page.textContent('#count')).toBe('3');
    expect(await page.textContent('#story')).toContain('Update 3:');
    const texts = await waitFor(async () => {
      const t = await highlightedTextsIn(page, '#story');
      return t.includes('Mahmood Khan Achakzai') ? t : undefined;
    }, 'the re-rendered paragraph to be painted');
    expect(texts).toEqual(['Mahmood Khan Achakzai', 'Pakistan Tehreek-e-Insaf', 'Islamabad']);
    await page.close();
  });

  it('reads block texts that touch in the markup as separate blocks, and text never read as a break', async () => {
    const page = await openPainted('/glued.html');
    const { mentions } = await mentionsOf(page);
    expect(mentions.map((m) => `${m.entityId}=${m.text}`)).toEqual([
      'person/imran-khan=Imran Khan',
      'place/islamabad=Islamabad',
      'person/shehbaz-sharif=Shehbaz Sharif',
      'place/peshawar=Peshawar',
      'person/imran-khan=Imran',
      'person/imran-khan=Khan',
      'person/shehbaz-sharif=Shehbaz',
      'place/peshawar=Peshawar',
      'person/imran-khan=Imran',
      'person/imran-khan=Khan',
      'person/imran-khan=Imran',
    ]);
    await page.close();
  });

  it('links no Senate, National Assembly or Foreign Office on a page about other countries', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/senate.html'));
    const mentions = await waitFor(async () => {
      const m = (await mentionsOf(page)).mentions;
      return m.length > 0 ? m : undefined;
    }, 'the Iran mention');
    expect(mentions.map((m) => m.entityId)).toEqual(['place/london', 'place/iran']);
    await page.close();
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
