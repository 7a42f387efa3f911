/**
 * Where a card goes: below the hovered line of the mention, or above it when
 * there is more room there, shifted sideways and clamped so that it is never
 * cut by the viewport. Pure geometry, in viewport coordinates.
 */

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Height the card may take before it scrolls inside itself. */
  maxHeight: number;
}

export const GAP = 6;
export const MARGIN = 8;

/**
 * @param anchor - the client rect of the mention's line under the pointer
 * @param card - the card's natural size
 * @param viewport - the visible area (width and height of the layout viewport)
 * @param rtl - right-to-left text: align the card's right edge with the mention's
 */
export function placeCard(
  anchor: Rect,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
  rtl = false,
): Placement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const below = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const above = anchor.top - GAP - MARGIN;
  const side: Placement['side'] = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const preferredLeft = rtl ? anchor.left + anchor.width - width : anchor.left;
  const left = clamp(preferredLeft, MARGIN, viewport.width - MARGIN - width);
  return {
    left,
    top: clamp(top, MARGIN, Math.max(MARGIN, viewport.height - MARGIN - height)),
    side,
    maxHeight: Math.max(room, 0),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

/** The rect of `rects` that contains the point, or the nearest one (a mention that wraps has one rect per line). */
export function lineUnderPointer(rects: readonly Rect[], x: number, y: number): Rect | null {
  let best: Rect | null = null;
  let bestDistance = Infinity;
  for (const r of rects) {
    const dx = x < r.left ? r.left - x : x > r.left + r.width ? x - (r.left + r.width) : 0;
    const dy = y < r.top ? r.top - y : y > r.top + r.height ? y - (r.top + r.height) : 0;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = r;
      bestDistance = distance;
    }
  }
  return best;
}

/** True when the point lies inside one of the rects (the pointer is really over the glyphs). */
export function isOverRects(rects: readonly Rect[], x: number, y: number): boolean {
  return rects.some((r) => x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height);
}
