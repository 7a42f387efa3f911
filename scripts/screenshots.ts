/**
 * npm run screenshots: pictures of a hover card on a seed page, light and dark,
 * for the README. Needs a build (`npm run build`) and Debian's Chromium.
 */
import { renderNewsSite } from '../tests/fixtures/news-site';
import { launchWithExtension, waitFor } from '../tests/browser/helpers/extension';
import { mentionPoint } from '../tests/browser/helpers/pages';
import { startServer } from '../tests/browser/helpers/server';
import type { MentionReport } from '../lib/messages';

const site = await renderNewsSite();
const rally = site.pages.find((p) => p.article.headline.startsWith('Pakistan opposition rallies'))!;
const server = await startServer({ '/rally.html': rally.html });

for (const colorScheme of ['light', 'dark'] as const) {
  const browser = await launchWithExtension({ colorScheme });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.goto(server.url('/rally.html'));
    await waitFor(async () => ((await browser.askTab<{ mentions: MentionReport[] }>(page, { type: 'backstory:mentions' })).mentions.length > 0 ? true : undefined), 'mentions');
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
await server.close();
