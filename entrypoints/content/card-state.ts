/** What a page's hover card shows, and for how long it waits quietly for its data. */
import type { Rect } from '../../lib/card/placement';
import type { PageMention } from '../../lib/dom/page/annotator';
import type { EntityDetail } from '../../lib/extension/kb/entity-detail';

/** How long a fetch may take before the card shows that it is looking the name up. */
export const LOADING_GRACE_MS = 60;

export interface Target {
  entityId: string;
  /** The hovered mention; null for a card opened from a related chip. */
  mention: PageMention | null;
}

export interface Shown extends Target {
  detail: EntityDetail | null;
  error: string | null;
  openedAt: number;
  /** Index of the mention's line that the card is anchored to. */
  line: number;
  /** Where the card stood before it was replaced by a related entity's card. */
  anchor: Rect;
  /** The mention sits in right-to-left text: the card aligns with its right end. */
  rtl: boolean;
}

/** Where a card rendered off the page stands. */
export const NO_RECT: Rect = { left: 0, top: 0, width: 0, height: 0 };
