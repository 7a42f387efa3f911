/**
 * What the first card of a tab would pay for (compiling the card's code,
 * Preact's first render, finding the card's fonts) is done once in idle time
 * after the page is painted, off the page: nothing is added to the page's DOM
 * before the reader hovers a name.
 */
import { render, type ComponentChild } from 'preact';

/** The card's font stack (card.css): the first text drawn in it makes the browser look its fonts up. */
const CARD_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Naskh Arabic', sans-serif";
/** Sizes and weights the card uses (card.css), with a Latin and an Urdu sample each. */
const FONT_SAMPLES: readonly [font: string, text: string][] = [
  [`14px ${CARD_FONTS}`, 'Minister “quoted” · Dawn'],
  [`650 17px ${CARD_FONTS}`, 'Imran Khan'],
  [`15px ${CARD_FONTS}`, 'عمران خان'],
  [`650 11px ${CARD_FONTS}`, 'PERSON'],
  [`12px ${CARD_FONTS}`, 'Dec 7, 2025'],
];

/** Draws the card's fonts on a canvas that is never attached to the page. */
export function warmUpFonts(doc: Document): void {
  const canvas = doc.createElement('canvas').getContext('2d');
  if (!canvas) return;
  for (const [font, text] of FONT_SAMPLES) {
    canvas.font = font;
    canvas.measureText(text);
  }
}

/** Renders `card` into an element that is never attached to the page, and unmounts it. */
export function warmUpRender(doc: Document, card: ComponentChild): void {
  const scratch = doc.createElement('div');
  render(card, scratch);
  render(null, scratch);
}
