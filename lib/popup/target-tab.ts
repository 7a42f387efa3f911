/**
 * Which tab "this page" means. In the toolbar popup it is the active tab of
 * the window; when the popup page is open in a tab of its own (tests, the
 * hover card's "all mentions" link) it is the tab named by `?tab=`, or else the
 * most recently used normal tab that is not an extension page.
 */

export interface TabLike {
  id?: number;
  url?: string;
  active?: boolean;
  windowId?: number;
  lastAccessed?: number;
}

export interface TargetContext {
  /** `chrome-extension://<id>/`: pages of any extension are never the target. */
  extensionOrigin: string;
  /** The tab showing the popup page, when it is open in a tab. */
  selfTabId: number | null;
  /** The window that had focus last (its active tab wins). */
  focusedWindowId: number | null;
}

const EXTENSION_PAGE = /^(chrome|moz|safari-web)-extension:\/\//u;

/** The tab to read, from the normal tabs of every window; null when there is none. */
export function pickTargetTab<T extends TabLike>(tabs: readonly T[], context: TargetContext): T | null {
  const candidates = tabs.filter(
    (tab) =>
      tab.id !== undefined &&
      tab.id !== context.selfTabId &&
      !(tab.url ?? '').startsWith(context.extensionOrigin) &&
      !EXTENSION_PAGE.test(tab.url ?? ''),
  );
  const activeInFocused = candidates.find((tab) => tab.active && tab.windowId === context.focusedWindowId);
  // Without lastAccessed (older browsers), an active tab beats a background one.
  const recency = (tab: T) => tab.lastAccessed ?? (tab.active ? 1 : 0);
  return (
    activeInFocused ??
    candidates.reduce<T | null>((best, tab) => (best === null || recency(tab) > recency(best) ? tab : best), null)
  );
}

/** The tab id of `?tab=<id>`, or null. */
export function tabParam(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d+$/u.test(value)) return null;
  return Number(value);
}

/** The entity id of `#entity=<id>`, or null. */
export function entityParam(hash: string): string | null {
  const value = new URLSearchParams(hash.replace(/^#/u, '')).get('entity');
  return value && value.length > 0 ? value : null;
}

/** The origin whose pause switch the popup shows: only web pages can be paused. */
export function pausableOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}
