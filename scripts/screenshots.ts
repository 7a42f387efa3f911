/**
 * npm run screenshots: pictures for the README. Needs a build (`npm run build`)
 * and a Firefox build (`npm run build:firefox`), Debian's Chromium and Firefox ESR.
 *
 * - docs/card-light.png, docs/card-dark.png: a hover card on a seed page
 * - docs/card-firefox.png: the same card in Firefox
 * - docs/popup-search.png: the popup's results for a misspelt name
 * - docs/popup-detail.png: the popup's detail view of an entity
 */
import { renderNewsSite } from '../tests/fixtures/news-site';
import { launchWithExtension, waitFor, waitForMentions } from '../tests/support/extension';
import { mentionPoint } from '../tests/support/pages';
import { startServer } from '../tests/support/server';
import { launchBrowser } from '../tests/browser/helpers/under-test';

const site = await renderNewsSite();
const rally = site.pages.find((p) => p.article.headline.startsWith('Pakistan opposition rallies'))!;
const server = await startServer({ '/rally.html': rally.html });

for (const colorScheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(server.url('/rally.html'));
    await waitForMentions(browser, page, 'mentions');
    const { x, y } = await mentionPoint(page, 'Bushra Bibi');
    await page.evaluate((top) => window.scrollBy(0, top - 150), y);
    const moved = await mentionPoint(page, 'Bushra Bibi');
    await page.mouse.move(moved.x - 3, moved.y);
    await page.mouse.move(moved.x, moved.y);
    await page.locator('backstory-card .card h2').waitFor();
    await page.waitForTimeout(300);
    const file = `docs/card-${colorScheme}.png`;
    await page.screenshot({ path: file });
    console.log(`${file} (hovered at ${Math.round(x)},${Math.round(y)})`);
  } finally {
    await browser.close();
  }
}
// The popup, at the size the toolbar gives it, describing the same article in another tab.
{
  const browser = await launchWithExtension({ colorScheme: 'light' });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/rally.html'));
    await waitForMentions(browser, page, 'mentions');
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.context.newPage();
    await popup.bringToFront();
    await popup.setViewportSize({ width: 380, height: 580 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('html[data-ready="true"]').waitFor();
    await popup.locator('#search-input').pressSequentially('Imran Kahn', { delay: 20 });
    await waitFor(
      async () =>
        (await popup.locator('[role="option"] .result-name').first().textContent()) === 'Imran Khan' ? true : undefined,
      'the results',
    );
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: 'docs/popup-search.png' });
    console.log('docs/popup-search.png');

    // A shorter entry than Imran Khan's, so that the picture reaches the sentences grouped by article.
    await popup.fill('#search-input', 'Shahbaz Sharif');
    await waitFor(
      async () =>
        (await popup.locator('[role="option"] .result-name').first().textContent()) === 'Shehbaz Sharif'
          ? true
          : undefined,
      'Shehbaz Sharif',
    );
    await popup.locator('#search-input').press('Enter');
    await popup.locator('#entity-title').waitFor();
    await popup.locator('.source-article').first().waitFor();
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: 'docs/popup-detail.png' });
    console.log('docs/popup-detail.png');
  } finally {
    await browser.close();
  }
}
// The same card in Firefox ESR, through the cross-browser driver of the tests.
{
  const browser = await launchBrowser('firefox');
  try {
    const page = await browser.newPage();
    await page.setViewport(1100, 760);
    await page.bringToFront();
    await page.goto(server.url('/rally.html'));
    await waitForMentions(browser, page, 'mentions');
    const { y } = await mentionPoint(page, 'Bushra Bibi');
    await page.evaluate((top) => window.scrollBy(0, top - 150), y);
    const moved = await mentionPoint(page, 'Bushra Bibi');
    await page.mouseMove(moved.x - 3, moved.y);
    await page.mouseMove(moved.x, moved.y);
    // Shown once its fade-in has run.
    await waitFor(
      async () =>
        (await page.evaluate(
          () =>
            document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card h2') &&
            getComputedStyle(document.querySelector('backstory-card')!.shadowRoot!.querySelector('.card')!).opacity ===
              '1',
          null,
        ))
          ? true
          : undefined,
      'the card',
    );
    await new Promise((done) => setTimeout(done, 300));
    await page.screenshot('docs/card-firefox.png');
    console.log('docs/card-firefox.png');
  } finally {
    await browser.close();
  }
}
await server.close();
