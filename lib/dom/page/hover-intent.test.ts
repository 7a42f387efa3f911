import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent, type Timers } from './hover-intent';

const timers: Timers = { set: (cb, ms) => setTimeout(cb, ms) as unknown as number, clear: (id) => clearTimeout(id) };

describe('HoverIntent', () => {
  let events: string[];
  let intent: HoverIntent<string>;
  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    intent = new HoverIntent(
      { prefetchMs: 150, openMs: 450, closeMs: 300 },
      {
        prefetch: (t) => events.push(`prefetch ${t}`),
        open: (t) => events.push(`open ${t}`),
        close: () => events.push('close'),
      },
      timers,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('fetches early and opens only when the pointer rests', () => {
    intent.pointerOver('imran');
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['prefetch imran']);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['prefetch imran', 'open imran']);
  });

  it('does not open for a pointer passing over a mention', () => {
    intent.pointerOver('imran');
    vi.advanceTimersByTime(100);
    intent.pointerOver(null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer moves into the card, and closes a moment after it leaves both', () => {
    intent.pointerOver('imran');
    vi.advanceTimersByTime(500);
    intent.pointerOver(null);
    vi.advanceTimersByTime(100);
    intent.enterCard();
    vi.advanceTimersByTime(2000);
    expect(events.at(-1)).toBe('open imran');
    intent.leaveCard();
    vi.advanceTimersByTime(299);
    expect(events.at(-1)).toBe('open imran');
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('close');
  });

  it('keeps a pinned card open until Escape', () => {
    intent.pointerOver('imran');
    vi.advanceTimersByTime(500);
    intent.setPinned(true);
    intent.pointerOver(null);
    vi.advanceTimersByTime(5000);
    expect(events.at(-1)).toBe('open imran');
    intent.close();
    expect(events.at(-1)).toBe('close');
  });

  it('moves to another mention after the delay', () => {
    intent.pointerOver('imran');
    vi.advanceTimersByTime(500);
    intent.pointerOver('pti');
    vi.advanceTimersByTime(449);
    expect(events.filter((e) => e.startsWith('open'))).toEqual(['open imran']);
    vi.advanceTimersByTime(1);
    expect(events.at(-1)).toBe('open pti');
  });
});
