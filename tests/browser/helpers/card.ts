/** The hover card, read and opened the same way in either browser. */
import { mentionPoint } from '../../support/pages';
import { waitFor, type TestPage } from './under-test';

/** What the open card shows, read through its open shadow root; null when no card is open. */
export function readCard(page: TestPage) {
  return page.evaluate(() => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return null;
    return {
      title: card.querySelector('h2')?.textContent ?? null,
      text: card.innerText,
      role: card.getAttribute('role'),
      labelledBy: card.getAttribute('aria-labelledby'),
      mark: card.querySelector('mark')?.textContent ?? null,
      cite: card.querySelector('cite')?.textContent ?? null,
      focused: document.activeElement?.localName ?? null,
      /** 1 once its fade-in has run: a card in a tab that is not in front stays at 0 in Firefox, whose hidden tabs run no animation. */
      opacity: getComputedStyle(card).opacity,
    };
  }, null);
}

/** Moves the pointer onto a painted mention and waits for its card. */
export async function hoverMention(page: TestPage, text: string) {
  await page.bringToFront();
  const { x, y } = await mentionPoint(page, text);
  await page.mouseMove(x - 2, y);
  await page.mouseMove(x, y);
  return waitFor(async () => {
    const card = await readCard(page);
    return card?.title && card.opacity === '1' ? card : undefined;
  }, `the card of ${text}, shown`);
}
