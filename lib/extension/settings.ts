/**
 * The reader's settings, in extension storage (content scripts can read it
 * directly): Backstory on or off, sites where it is paused, the hover delay,
 * and links the reader marked as wrong on a site.
 */
import { browser } from 'wxt/browser';

export interface Settings {
  enabled: boolean;
  /** Origins (https://example.com) where Backstory is paused. */
  pausedOrigins: string[];
  /** How long the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  /** Per origin, the folded aliases that must not link there ("Wrong link?"). */
  wrongLinks: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  pausedOrigins: [],
  hoverDelayMs: 450,
  wrongLinks: {},
});

/** The hover delays the options page accepts, in milliseconds. */
export const HOVER_DELAY_RANGE = { min: 100, max: 3000 } as const;

const KEY = 'settings';

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change(await readSettings());
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns a function that stops listening. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes)
      listener({ ...DEFAULT_SETTINGS, ...(changes[KEY].newValue as Partial<Settings> | undefined) });
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** Marks `alias` (folded) as a wrong link on `origin`: it is no longer painted there. */
export function addWrongLink(origin: string, alias: string): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    wrongLinks: { ...s.wrongLinks, [origin]: [...new Set([...(s.wrongLinks[origin] ?? []), alias])] },
  }));
}

/** Undoes `addWrongLink`: `alias` links on `origin` again. */
export function removeWrongLink(origin: string, alias: string): Promise<Settings> {
  return updateSettings((s) => ({
    ...s,
    wrongLinks: { ...s.wrongLinks, [origin]: (s.wrongLinks[origin] ?? []).filter((a) => a !== alias) },
  }));
}

/** True when Backstory should run on a page of `origin`. */
export function isActiveOn(settings: Settings, origin: string): boolean {
  return settings.enabled && !settings.pausedOrigins.includes(origin);
}
