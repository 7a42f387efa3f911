/**
 * Puts a rendered card beside the line of the mention it belongs to (the
 * DOM side of `placeCard`, which decides where from sizes alone).
 */
import { placeCard, type Rect } from '../../card/placement';

/** Taller content scrolls inside the card. */
const MAX_CARD_HEIGHT = 520;

/**
 * Measures `card` and moves it next to `anchor`, inside the viewport.
 * @param rtl - the mention sits in right-to-left text: the card aligns with its right end
 */
export function positionCard(card: HTMLElement, anchor: Rect, rtl: boolean): void {
  card.style.maxHeight = '';
  const size = { width: card.offsetWidth, height: Math.min(card.scrollHeight, MAX_CARD_HEIGHT) };
  const placement = placeCard(
    anchor,
    size,
    { width: document.documentElement.clientWidth, height: window.innerHeight },
    rtl,
  );
  card.style.left = `${placement.left}px`;
  card.style.top = `${placement.top}px`;
  card.style.maxHeight = `${Math.min(placement.maxHeight, MAX_CARD_HEIGHT)}px`;
  card.dataset.side = placement.side;
}
