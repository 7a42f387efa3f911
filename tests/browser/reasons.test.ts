import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { launchWithExtension, waitFor, type ExtensionBrowser } from '../support/extension';
import { mentionPoint } from '../support/pages';
import { startServer, type TestServer } from '../support/server';

/** A story in the shape of a wire report: full names first, then short forms, a defined acronym, another Khan. */
const STORY = `<!doctype html><html><head><meta charset="utf-8"><title>Opposition rally</title></head><body>
<article>
<h1>Opposition rally in Islamabad</h1>
<p>The Pakistan Tehreek-e-Insaf (PTI) held a rally in Islamabad on Friday, where party founder Imran Khan’s message was read out.</p>
<p>Khan asked the PTI workers to stay peaceful, the party said.</p>
<p>Later the provincial minister Hamid Khan addressed the crowd. Khan promised buses for the next march.</p>
<p>Shahbaz Shareef, the prime minister, did not comment; Shareef was in Lahore.</p>
</article></body></html>`;

const CARD = 'backstory-card .card';

describe('why a name links, in the card and in the tab’s report', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let page: Page;

  const mentions = async () =>
    (await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' })).mentions;
  const hover = async (text: string, nth = 0) => {
    await page.mouse.move(2, 2);
    await page.locator(CARD).waitFor({ state: 'detached' });
    const { x, y } = await mentionPoint(page, text, nth);
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    await page.locator(`${CARD} h2`).waitFor({ state: 'visible' });
  };
  const reasonLine = async () => {
    const reason = page.locator(`${CARD} .reason`);
    return (await reason.count()) === 0 ? null : reason.textContent();
  };

  beforeAll(async () => {
    server = await startServer({ '/story.html': STORY });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(server.url('/story.html'));
    await waitFor(async () => ((await mentions()).length > 0 ? true : undefined), 'mentions on the story');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reports a reason for every mention, and links no short form that belongs to someone else', async () => {
    const found = (await mentions()).map((m) => [m.text, m.entityId, m.reason]);
    expect(found).toEqual([
      ['Islamabad', 'place/islamabad', 'Islamabad: named in full'],
      ['Pakistan Tehreek-e-Insaf', 'group/pakistan-tehreek-e-insaf', 'Pakistan Tehreek-e-Insaf: named in full'],
      ['PTI', 'group/pakistan-tehreek-e-insaf', 'PTI: defined on this page as Pakistan Tehreek-e-Insaf'],
      ['Islamabad', 'place/islamabad', 'Islamabad: named in full'],
      ['Imran Khan', 'person/imran-khan', 'Imran Khan: named in full'],
      ['Khan', 'person/imran-khan', 'Khan: Imran Khan, named in full above'],
      ['PTI', 'group/pakistan-tehreek-e-insaf', 'PTI: defined on this page as Pakistan Tehreek-e-Insaf'],
      // "Hamid Khan" and the "Khan" after him are someone the knowledge base does not know.
      ['Shahbaz Shareef', 'person/shehbaz-sharif', 'Shahbaz Shareef: another spelling of Shehbaz Sharif'],
      ['Shareef', 'person/shehbaz-sharif', 'Shareef: Shehbaz Sharif, named in full above'],
    ]);
  });

  it('shows the reason line on the card of a short form, an acronym and another spelling, and none on a full name', async () => {
    await hover('Khan');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Imran Khan');
    expect(await reasonLine()).toBe('Khan: Imran Khan, named in full above');

    await hover('PTI', 1);
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Pakistan Tehreek-e-Insaf');
    expect(await reasonLine()).toBe('PTI: defined on this page as Pakistan Tehreek-e-Insaf');

    await hover('Shahbaz Shareef');
    expect(await page.locator(`${CARD} h2`).textContent()).toBe('Shehbaz Sharif');
    expect(await reasonLine()).toBe('Shahbaz Shareef: another spelling of Shehbaz Sharif');

    await hover('Imran Khan');
    expect(await reasonLine()).toBeNull();
  });

  it('opens no card on a short form that names a person the knowledge base does not know', async () => {
    await page.mouse.move(2, 2);
    await page.locator(CARD).waitFor({ state: 'detached' });
    // "Khan promised buses…": the page's own text, not painted.
    const { x, y } = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent.includes('Khan promised'))!;
      const node = paragraph.firstChild as Text;
      const at = node.data.indexOf('Khan promised');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y);
    await page.waitForTimeout(600);
    expect(await page.locator(CARD).count()).toBe(0);
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
