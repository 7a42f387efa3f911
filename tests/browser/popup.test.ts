import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MentionReport } from '../../lib/messages';
import { articleRoutes, renderNewsSite, type NewsPage } from '../fixtures/news-site';
import { evalInWorker, launchWithExtension, waitFor, type ExtensionBrowser } from '../support/extension';
import { writeKnowledgeBase } from '../support/knowledge-base';
import { highlightSizes } from '../support/pages';
import { startServer, type TestServer } from '../support/server';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

interface StoredSettings {
  enabled?: boolean;
  pausedOrigins?: string[];
}

describe('the popup', () => {
  let browser: ExtensionBrowser;
  let server: TestServer;
  let article: NewsPage;
  let news: Page;
  let tabId: number;

  const popupUrl = (rest = '') => `chrome-extension://${browser.extensionId}/popup.html${rest}`;
  /** Opens the popup as a tab describing the news page, ready to search. */
  const openPopup = async (rest = `?tab=${tabId}`) => {
    const popup = await browser.context.newPage();
    // A tab in the background gets no animation frames, and Playwright waits for them before a click.
    await popup.bringToFront();
    await popup.setViewportSize({ width: 380, height: 580 });
    await popup.goto(popupUrl(rest));
    await popup.locator('html[data-ready="true"]').waitFor();
    return popup;
  };
  const options = (popup: Page) => popup.locator('[role="option"]');
  const topResult = (popup: Page) => options(popup).first().locator('.result-name');
  const search = async (popup: Page, query: string) => {
    await popup.fill('#search-input', query);
    await popup
      .locator('#search-status')
      .filter({ hasText: /result/u })
      .waitFor();
  };
  const settings = () =>
    evalInWorker(
      browser.worker,
      async () => ((await chrome.storage.local.get('settings')).settings ?? {}) as StoredSettings,
      null,
    );
  const mentions = () => browser.askTab<{ mentions: MentionReport[] }>(news, { type: 'backstory:mentions' });

  beforeAll(async () => {
    const site = await renderNewsSite();
    article = site.pages.find((p) => p.article.headline.startsWith('Opposition alliance'))!;
    server = await startServer(articleRoutes(site.pages));
    browser = await launchWithExtension();
    news = await browser.context.newPage();
    await news.goto(server.url(`/${article.slug}.html`));
    await waitFor(async () => ((await mentions()).mentions.length > 0 ? true : undefined), 'mentions on the news page');
    tabId = await browser.tabIdOf(news);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the search box focused and the knowledge base’s figures', async () => {
    const popup = await openPopup();
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(await popup.evaluate(() => performance.getEntriesByName('backstory:interactive').length)).toBe(1);
    await expect.poll(() => popup.getByTestId('kb-entities').textContent()).toBe('94');
    expect(await popup.getByTestId('kb-articles').textContent()).toBe('6');
    expect(await popup.getByTestId('kb-bundle').textContent()).toBe(
      'Backstory seed: Pakistan security and politics (format 1)',
    );
    // Installed from the seed when the browser started, a moment ago.
    expect(await popup.locator('.kb-summary dt').allTextContents()).toEqual([
      'Entities',
      'Articles',
      'Bundle',
      'Installed',
    ]);
    const installed = (await popup.getByTestId('kb-date').textContent())!;
    expect(
      await popup.evaluate((text) => Math.abs(Date.now() - new Date(text).getTime()) < 10 * 60_000, installed),
    ).toBe(true);
    await popup.close();
  });

  it('links to the options page, from the header and from the knowledge base’s figures', async () => {
    const popup = await openPopup();
    const optionsUrl = `chrome-extension://${browser.extensionId}/options.html`;
    for (const name of ['Open the options', 'Options: import, export, reading settings']) {
      const [options] = await Promise.all([
        browser.context.waitForEvent('page'),
        popup.getByRole('button', { name, exact: true }).click(),
      ]);
      await options.waitForURL(optionsUrl);
      await options.locator('#kb-heading').waitFor();
      await options.close();
    }
    await popup.close();
  });

  it('says it is preparing the search while the index is read, then shows the results', async () => {
    const popup = await browser.context.newPage();
    await popup.bringToFront();
    // Every IndexedDB open of the page waits for the test's go-ahead: the index stays "loading".
    await popup.addInitScript(() => {
      const gate = new Promise<void>(
        (release) => ((window as unknown as { releaseIndexedDb: () => void }).releaseIndexedDb = release),
      );
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        const request = open.apply(this, args);
        let held = true;
        request.addEventListener('success', (event) => {
          if (!held) return;
          event.stopImmediatePropagation();
          void gate.then(() => {
            held = false;
            request.dispatchEvent(new Event('success'));
          });
        });
        return request;
      };
    });
    await popup.goto(popupUrl(`?tab=${tabId}`));
    await popup.locator('#search-input').waitFor();
    expect(await popup.locator('.kb-summary').getAttribute('aria-busy')).toBe('true');
    await popup.fill('#search-input', 'Imran Kahn');
    const loading = popup.locator('.search .state[aria-busy="true"]');
    expect(await loading.textContent()).toBe('Preparing the search…');
    expect(await popup.locator('html').getAttribute('data-ready')).toBeNull();
    await popup.evaluate(() => (window as unknown as { releaseIndexedDb: () => void }).releaseIndexedDb());
    await expect.poll(() => topResult(popup).textContent()).toBe('Imran Khan');
    expect(await loading.count()).toBe(0);
    await popup.close();
  });

  it('finds names despite typos and other spellings, exact names first, and marks what matched', async () => {
    const popup = await openPopup();
    const cases: [string, string][] = [
      ['Imran Kahn', 'Imran Khan'],
      ['Achakzi', 'Mahmood Khan Achakzai'],
      ['Shahbaz Sharif', 'Shehbaz Sharif'],
      ['Khyber Pakhtoonkhwa', 'Khyber Pakhtunkhwa'],
      ['tehrik e insaf', 'Pakistan Tehreek-e-Insaf'],
      ['عمران خان', 'Imran Khan'],
      ['Pakistan', 'Pakistan'],
    ];
    for (const [query, name] of cases) {
      await search(popup, query);
      await expect.poll(() => topResult(popup).textContent(), { message: query }).toBe(name);
    }
    await search(popup, 'Imran Kahn');
    expect(await options(popup).first().locator('.result-name mark').allTextContents()).toEqual(['Imran Khan']);
    // Typed key by key, as a reader does.
    await popup.fill('#search-input', '');
    await popup.locator('#search-input').pressSequentially('Achakzi');
    await expect.poll(() => topResult(popup).textContent()).toBe('Mahmood Khan Achakzai');
    // An alias shows as such, a role match marks the role.
    await search(popup, 'PTI');
    expect(await options(popup).first().locator('.result-via').textContent()).toBe('also PTI');
    await search(popup, 'prime minister');
    expect(await options(popup).first().locator('.result-role mark').first().textContent()).toMatch(/prime minister/iu);
    await popup.close();
  });

  it('filters by type, and says how many results there are', async () => {
    const popup = await openPopup();
    await search(popup, 'khan');
    const all = await options(popup).count();
    expect(await popup.locator('#search-status').textContent()).toMatch(new RegExp(`^(Top )?${all} results$`, 'u'));
    await popup.getByRole('radio', { name: 'Places' }).check();
    await expect
      .poll(async () => new Set(await options(popup).locator('.type').allTextContents()))
      .toEqual(new Set(['Place']));
    expect(await options(popup).count()).toBeLessThan(all);
    await popup.getByRole('radio', { name: 'All' }).check();
    await expect.poll(() => options(popup).count()).toBe(all);
    await popup.close();
  });

  it('has designed states for no result', async () => {
    const popup = await openPopup();
    await popup.fill('#search-input', 'qwxzv');
    await expect
      .poll(() => popup.locator('.no-results').textContent())
      .toContain('Nothing in the knowledge base matches “qwxzv”');
    expect(await options(popup).count()).toBe(0);
    await popup.close();
  });

  it('moves through results with the arrow keys, opens one with Enter, and goes back with Escape', async () => {
    const popup = await openPopup();
    const input = popup.locator('#search-input');
    await search(popup, 'khan');
    expect(await options(popup).first().getAttribute('aria-selected')).toBe('true');
    await input.press('ArrowDown');
    await input.press('ArrowDown');
    const third = options(popup).nth(2);
    expect(await third.getAttribute('aria-selected')).toBe('true');
    expect(await options(popup).first().getAttribute('aria-selected')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await third.getAttribute('id'));
    await input.press('ArrowUp');
    const chosen = (await options(popup).nth(1).locator('.result-name').textContent())!;
    await input.press('Enter');
    await expect.poll(() => popup.locator('#entity-title').textContent()).toBe(chosen);
    await popup.keyboard.press('Escape');
    await input.waitFor();
    expect(await input.inputValue()).toBe('khan');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('search-input');
    expect(await options(popup).nth(1).getAttribute('aria-selected')).toBe('true');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await popup.locator('#page-heading').waitFor();
    await popup.close();
  });

  it('shows an entity in full: the card’s content, every sentence by article, related entities, and a way back', async () => {
    const popup = await openPopup();
    await search(popup, 'Imran Khan');
    await options(popup).first().click();
    const title = popup.locator('#entity-title');
    await expect.poll(() => title.textContent()).toBe('Imran Khan');
    const view = popup.locator('article.entity');
    expect(await view.locator('.native').textContent()).toBe('عمران خان');
    expect(await view.locator('.meta .type').textContent()).toBe('Person');
    expect(await view.locator('.meta .role').textContent()).toContain('Pakistan Tehreek-e-Insaf');
    const quotes = view.locator('.quotes li');
    expect(await quotes.count()).toBeGreaterThanOrEqual(2);
    expect(await quotes.first().locator('cite').textContent()).toMatch(/· \w{3} \d{1,2}, \d{4}$/u);
    // Every evidence sentence, grouped by article (headline, source, date), the mention marked.
    const articles = view.locator('.source-article');
    expect(await articles.count()).toBeGreaterThanOrEqual(2);
    expect(await articles.first().locator('h3').textContent()).not.toBe('');
    expect(await articles.first().locator('.cite').textContent()).toMatch(/\d{4}$/u);
    const sentences = view.locator('.source-article .sentences li');
    expect(await sentences.count()).toBe(14);
    for (const text of await sentences.locator('mark').allTextContents())
      expect(['Imran Khan', 'Ian Khan', 'عمران خان', 'Khan', 'Imran']).toContain(text);
    expect(await view.locator('#mentions-heading').textContent()).toBe('All mentions (14)');
    expect(await view.locator('.reveal .count').textContent()).toBe(
      String((await mentions()).mentions.filter((m) => m.entityId === 'person/imran-khan').length),
    );

    // A related entity opens its own view; Back returns to the one before, then to the results.
    const chip = view.locator('.chips button').first();
    const relatedName = (await chip.textContent())!;
    await chip.click();
    await expect.poll(() => title.textContent()).toBe(relatedName);
    // The view writes its hash after it renders, and the page's URL reaches the test a moment later: wait for it.
    await expect.poll(() => new URL(popup.url()).hash).toMatch(/^#entity=/u);
    await popup.getByRole('button', { name: 'Back to Imran Khan' }).click();
    await expect.poll(() => title.textContent()).toBe('Imran Khan');
    await popup.getByRole('button', { name: 'Back to results' }).click();
    await expect.poll(() => topResult(popup).textContent()).toBe('Imran Khan');
    await expect.poll(() => new URL(popup.url()).hash).toBe('');
    await popup.close();
  });

  it('opens straight into an entity with #entity=<id>', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(`?tab=${tabId}#entity=${encodeURIComponent('group/pakistan-tehreek-e-insaf')}`));
    await expect.poll(() => popup.locator('#entity-title').textContent()).toBe('Pakistan Tehreek-e-Insaf');
    expect(await popup.locator('article.entity .native').textContent()).toBe('پاکستان تحریک انصاف');
    await popup.getByRole('button', { name: 'Back to search' }).click();
    await popup.locator('#search-input').waitFor();
    await popup.goto(popupUrl(`#entity=${encodeURIComponent('person/nobody')}`));
    await expect
      .poll(() => popup.locator('article.entity [role="alert"]').textContent())
      .toContain('not in the knowledge base');
    await popup.close();
  });

  it('lists the names on the page by type with their counts, and shows one on the page', async () => {
    const popup = await openPopup();
    const { mentions: found } = await mentions();
    const count = (id: string) => found.filter((m) => m.entityId === id).length;
    await expect
      .poll(() => popup.locator('.page-groups h3').allTextContents())
      .toEqual([
        `People ${new Set(found.filter((m) => m.type === 'person').map((m) => m.entityId)).size}`,
        `Groups ${new Set(found.filter((m) => m.type === 'group').map((m) => m.entityId)).size}`,
        `Places ${new Set(found.filter((m) => m.type === 'place').map((m) => m.entityId)).size}`,
      ]);
    const row = popup.locator('.page-entities li', { has: popup.getByText('Mahmood Khan Achakzai', { exact: true }) });
    expect(await row.locator('.mentions').textContent()).toBe(String(count('person/mahmood-khan-achakzai')));
    expect(await popup.locator('#page-heading').textContent()).toContain(new URL(server.url('/')).host);

    await row.locator('.page-entity').click();
    await waitFor(
      async () => ((await highlightSizes(news))['backstory-flash'] === 1 ? true : undefined),
      'the flash on the page',
    );
    const flashed = await news.evaluate(() => {
      const range = [...(CSS.highlights.get('backstory-flash') as Highlight).values()][0] as AbstractRange;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString();
    });
    expect(flashed).toBe('Mahmood Khan Achakzai');

    // "›" opens the entity's detail view.
    await popup.bringToFront();
    await row.getByRole('button', { name: 'About Mahmood Khan Achakzai' }).click();
    await expect.poll(() => popup.locator('#entity-title').textContent()).toBe('Mahmood Khan Achakzai');
    await popup.close();
  });

  it('without ?tab=, describes the last used web page, not itself', async () => {
    await news.bringToFront();
    const popup = await openPopup('');
    await expect.poll(() => popup.locator('#page-heading').textContent()).toContain(new URL(server.url('/')).host);
    expect(await popup.locator('.page-entity-name').allTextContents()).toContain('Imran Khan');
    await popup.close();
  });

  it('pauses on this site and switches off everywhere, and remembers both', async () => {
    const origin = new URL(server.url('/')).origin;
    let popup = await openPopup();
    const pause = popup.getByRole('switch', { name: `Pause on ${new URL(origin).host}` });
    expect(await pause.isChecked()).toBe(false);
    await pause.check();
    await expect.poll(async () => (await settings()).pausedOrigins).toEqual([origin]);
    await waitFor(
      async () => (Object.keys(await highlightSizes(news)).length === 0 ? true : undefined),
      'the page’s highlights to go',
    );
    await expect.poll(() => popup.locator('#page-heading + .state').textContent()).toContain('Paused on');
    await popup.close();

    popup = await openPopup();
    expect(await popup.getByRole('switch', { name: `Pause on ${new URL(origin).host}` }).isChecked()).toBe(true);
    await popup.getByRole('switch', { name: `Pause on ${new URL(origin).host}` }).uncheck();
    await expect.poll(async () => (await settings()).pausedOrigins).toEqual([]);
    await expect.poll(() => popup.locator('.page-entity-name').count(), { timeout: 10_000 }).toBeGreaterThan(0);

    const on = popup.getByRole('switch', { name: 'Backstory on' });
    expect(await on.isChecked()).toBe(true);
    await on.uncheck();
    await expect.poll(async () => (await settings()).enabled).toBe(false);
    await waitFor(
      async () => (Object.keys(await highlightSizes(news)).length === 0 ? true : undefined),
      'the page’s highlights to go',
    );
    await popup.close();

    popup = await openPopup();
    expect(await popup.getByRole('switch', { name: 'Backstory on' }).isChecked()).toBe(false);
    await expect.poll(() => popup.locator('#page-heading + .state').textContent()).toContain('Backstory is off');
    await popup.getByRole('switch', { name: 'Backstory on' }).check();
    await expect.poll(async () => (await settings()).enabled).toBe(true);
    await waitFor(
      async () => ((await mentions()).mentions.length > 0 ? true : undefined),
      'the page to be marked again',
    );
    await popup.close();
  });

  it('says so when the knowledge base is empty', async () => {
    const optionsPage = await browser.openExtensionPage('options.html');
    await writeKnowledgeBase(optionsPage, {
      format: 'backstory.bundle',
      version: 1,
      name: 'Empty',
      createdAt: '2026-01-01T00:00:00.000Z',
      contentHash: `sha256:${'0'.repeat(64)}`,
      articles: [],
      entities: [],
    });
    await optionsPage.close();
    await waitFor(
      async () => ((await mentions()).mentions.length === 0 ? true : undefined),
      'the page to lose its names',
    );
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('kb-entities').textContent()).toBe('0');
    expect(await popup.getByTestId('kb-bundle').textContent()).toBe('Empty (format 1)');
    expect(await popup.locator('#page-heading ~ .state').textContent()).toBe(
      'No one from the knowledge base is named on this page.',
    );
    await popup.fill('#search-input', 'Imran Khan');
    await expect
      .poll(() => popup.locator('.search .state').textContent())
      .toBe('The knowledge base is empty. Import a bundle in the options to search it.');
    expect(await options(popup).count()).toBe(0);
    await popup.close();
  });

  it('made no request outside this machine', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
