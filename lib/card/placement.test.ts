import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, isOverRects, lineUnderPointer, placeCard } from './placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 360, height: 300 };
const inside = (p: ReturnType<typeof placeCard>, height = card.height, width = card.width) =>
  p.left >= MARGIN &&
  p.top >= MARGIN &&
  p.left + width <= viewport.width - MARGIN &&
  p.top + Math.min(height, p.maxHeight) <= viewport.height - MARGIN;

describe('placeCard', () => {
  it('puts the card below the mention when there is room', () => {
    const p = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(p).toMatchObject({ side: 'below', left: 100, top: 120 + GAP });
  });

  it('flips above near the bottom edge', () => {
    const p = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(700 - GAP);
  });

  it('shifts left at the right edge and stays inside at every corner', () => {
    const corners = [
      { left: 0, top: 0 },
      { left: 940, top: 0 },
      { left: 0, top: 780 },
      { left: 940, top: 780 },
    ];
    for (const c of corners) {
      const p = placeCard({ ...c, width: 60, height: 20 }, card, viewport);
      expect(inside(p)).toBe(true);
    }
  });

  it('limits the height when neither side has room, so the card scrolls inside itself', () => {
    const tall = { width: 360, height: 2000 };
    const p = placeCard({ left: 10, top: 390, width: 50, height: 20 }, tall, viewport);
    expect(p.maxHeight).toBeLessThan(viewport.height);
    expect(inside(p, tall.height)).toBe(true);
  });

  it('aligns with the right edge of the mention for right-to-left text', () => {
    const p = placeCard({ left: 500, top: 100, width: 80, height: 20 }, card, viewport, true);
    expect(p.left + card.width).toBe(580);
  });

  it('narrows to a viewport smaller than the card', () => {
    const p = placeCard({ left: 10, top: 10, width: 50, height: 20 }, card, { width: 300, height: 600 });
    expect(p.left).toBe(MARGIN);
  });
});

describe('hit-testing helpers', () => {
  const lines = [
    { left: 800, top: 100, width: 150, height: 20 },
    { left: 0, top: 120, width: 60, height: 20 },
  ];
  it('picks the line of a wrapped mention under the pointer', () => {
    expect(lineUnderPointer(lines, 20, 130)).toBe(lines[1]);
    expect(lineUnderPointer(lines, 900, 105)).toBe(lines[0]);
  });
  it('tells whether the pointer is over the glyphs', () => {
    expect(isOverRects(lines, 20, 130)).toBe(true);
    expect(isOverRects(lines, 200, 130)).toBe(false);
  });
});
