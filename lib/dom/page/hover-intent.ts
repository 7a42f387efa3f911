/**
 * Hover intent for cards: a card opens when the pointer rests on a mention,
 * stays open while the pointer moves into it, and closes a moment after the
 * pointer has left both. Data may be fetched earlier than the card opens.
 * Timers are injected so the rules can be tested without waiting.
 */

export interface HoverTimings {
  /** Start fetching the entity's data after the pointer has rested this long. */
  prefetchMs: number;
  /** Open the card after the pointer has rested this long. */
  openMs: number;
  /** Close this long after the pointer left both the mention and the card. */
  closeMs: number;
}

const PREFETCH_MS = 150;
const CLOSE_MS = 300;

/**
 * The timings for a reader's hover delay (the one default is the settings' `hoverDelayMs`).
 * @param openMs - how long the pointer rests on a name before its card opens
 */
export function hoverTimings(openMs: number): HoverTimings {
  return { prefetchMs: Math.min(PREFETCH_MS, openMs), openMs, closeMs: CLOSE_MS };
}

export interface HoverCallbacks<T> {
  prefetch(target: T): void;
  open(target: T): void;
  close(): void;
}

export interface Timers {
  set(callback: () => void, ms: number): number;
  clear(id: number): void;
}

const realTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (id) => window.clearTimeout(id),
};

export class HoverIntent<T> {
  private hovered: T | null = null;
  private shown: T | null = null;
  private inCard = false;
  private pinned = false;
  private prefetchTimer = -1;
  private openTimer = -1;
  private closeTimer = -1;

  constructor(
    private timings: HoverTimings,
    private readonly callbacks: HoverCallbacks<T>,
    private readonly timers: Timers = realTimers,
  ) {}

  setTimings(timings: HoverTimings): void {
    this.timings = timings;
  }

  get isPinned(): boolean {
    return this.pinned;
  }

  /** The pointer is now over `target` (a mention), or over nothing of ours (`null`). */
  pointerOver(target: T | null): void {
    if (target === this.hovered) return;
    this.hovered = target;
    this.cancel('prefetch');
    this.cancel('open');
    if (target === null) {
      if (this.shown !== null) this.scheduleClose();
      return;
    }
    this.cancel('close');
    if (target === this.shown) return;
    this.prefetchTimer = this.timers.set(() => this.callbacks.prefetch(target), this.timings.prefetchMs);
    this.openTimer = this.timers.set(() => this.show(target), this.timings.openMs);
  }

  /** Opens at once (keyboard, related-entity chips). */
  show(target: T): void {
    this.cancel('open');
    this.cancel('close');
    this.shown = target;
    this.callbacks.open(target);
  }

  enterCard(): void {
    this.inCard = true;
    this.cancel('close');
  }

  leaveCard(): void {
    this.inCard = false;
    if (this.hovered === null) this.scheduleClose();
  }

  /** A pinned card stays open until it is unpinned, closed, or Escape is pressed. */
  setPinned(pinned: boolean): void {
    this.pinned = pinned;
    if (pinned) this.cancel('close');
    else if (!this.inCard && this.hovered === null) this.scheduleClose();
  }

  /** Closes now, pinned or not. */
  close(): void {
    this.cancel('prefetch');
    this.cancel('open');
    this.cancel('close');
    this.pinned = false;
    this.inCard = false;
    if (this.shown === null) return;
    this.shown = null;
    this.callbacks.close();
  }

  private scheduleClose(): void {
    if (this.pinned || this.inCard || this.shown === null) return;
    this.cancel('close');
    this.closeTimer = this.timers.set(() => this.close(), this.timings.closeMs);
  }

  private cancel(which: 'prefetch' | 'open' | 'close'): void {
    const key = `${which}Timer` as const;
    if (this[key] >= 0) this.timers.clear(this[key]);
    this[key] = -1;
  }
}
