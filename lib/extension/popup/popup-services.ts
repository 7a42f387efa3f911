/**
 * What the popup needs from the browser and the database, behind one object:
 * the knowledge base (read directly, the popup is an extension page), the
 * search index, the tab it describes, and the reader's settings.
 */
import { browser } from 'wxt/browser';
import type { KbCounts } from '../db';
import type { ArticleEvidence } from '../kb/entity-evidence';
import type { EntityDetail } from '../kb/entity-detail';
import type { MentionReport } from '../../messages';
import type { Piece } from '../../search/highlight';
import { readCachedIndexData, type CachedIndexData } from '../search/cached-index';
import type { LoadedIndex } from '../search/search-cache';
import { SearchIndex } from '../../search/search-index';
import { onSettingsChanged, readSettings, updateSettings, type Settings } from '../settings';
import { askTab } from '../tab-client';
import type { PopupDb } from './popup-db';
import { pausableOrigin, pickTargetTab, tabParam } from '../../popup/target-tab';

export interface TargetTab {
  id: number;
  windowId: number | null;
  /**
   * The page's address: from the tab's content script, or from the tabs API when it shows it.
   * Backstory asks for no "tabs" permission, so the API hides it; null when neither told.
   */
  url: string | null;
  active: boolean;
  /** The origin the pause switch applies to; null for pages Backstory never reads (or whose address is unknown). */
  origin: string | null;
}

export type PageRead = { kind: 'mentions'; mentions: MentionReport[] } | { kind: 'unreachable' };

export interface PopupServices {
  /** Starts loading at once: the popup is usable as soon as it resolves. */
  readonly index: Promise<LoadedIndex>;
  counts(): Promise<KbCounts>;
  detail(id: string): Promise<EntityDetail | null>;
  evidence(id: string): Promise<ArticleEvidence[]>;
  /** An excerpt of the entity's first evidence sentence holding `word` (a folded evidence word). */
  excerpt(entityId: string, word: string): Promise<Piece[] | null>;
  /** The tab the popup describes and what its content script reports; null when no tab qualifies. */
  readPage(): Promise<{ tab: TargetTab; read: PageRead } | null>;
  reveal(tab: TargetTab, entityId: string): Promise<boolean>;
  readSettings(): Promise<Settings>;
  updateSettings(change: (current: Settings) => Settings): Promise<Settings>;
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  openOptions(): void;
}

/**
 * @param location - the popup page's location: `?tab=` names the tab to describe
 * @param cachedIndex - the read of the cached search index, when the page started it before this code loaded
 */
export function createPopupServices(
  location: Pick<Location, 'search' | 'origin'>,
  cachedIndex: Promise<CachedIndexData | null> = readCachedIndexData(),
): PopupServices {
  // The cached index is read with plain IndexedDB; Dexie (a third of the popup's code) loads after the first paint.
  let popupDb: Promise<PopupDb> | null = null;
  const db = () => (popupDb ??= import('./popup-db').then((m) => m.openPopupDb()));
  const index = cachedIndex
    .catch((error: unknown) => {
      console.warn('Backstory: could not read the cached search index; building it', error);
      return null;
    })
    .then((cached) => {
      const fromCache = cached ? SearchIndex.fromData(cached.data) : null;
      // No cache (first start, or an index of an older format): the popup builds it, through Dexie.
      return fromCache && cached
        ? { index: fromCache, contentHash: cached.contentHash, cached: true, saved: Promise.resolve() }
        : db().then((d) => d.loadIndex());
    });
  const excerpts = new Map<string, Promise<Piece[] | null>>();
  // The figures can wait for the search: loading Dexie first would hold the main thread while the index is read.
  const afterIndex = () =>
    index.then(
      () => undefined,
      () => undefined,
    );

  return {
    index,
    counts: () =>
      afterIndex()
        .then(db)
        .then((d) => d.counts()),
    detail: (id) => db().then((d) => d.detail(id)),
    evidence: (id) => db().then((d) => d.evidence(id)),
    excerpt(entityId, word) {
      const key = `${entityId}\u0000${word}`;
      let found = excerpts.get(key);
      if (!found) {
        found = db().then((d) => d.excerpt(entityId, word));
        excerpts.set(key, found);
      }
      return found;
    },
    async readPage() {
      const requested = tabParam(location.search);
      let tab;
      if (requested !== null) {
        tab = await browser.tabs.get(requested).catch(() => undefined);
      } else {
        const self = await browser.tabs.getCurrent();
        if (!self) {
          [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        } else {
          const [tabs, focused] = await Promise.all([
            browser.tabs.query({ windowType: 'normal' }),
            browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined),
          ]);
          tab =
            pickTargetTab(tabs, {
              extensionOrigin: `${location.origin}/`,
              selfTabId: self.id ?? null,
              focusedWindowId: focused?.id ?? null,
            }) ?? undefined;
        }
      }
      if (tab?.id === undefined) return null;
      const shown = tab.url ?? null;
      /* eslint-disable @typescript-eslint/no-unnecessary-condition -- the types follow Chrome; Firefox's Tab may lack windowId */
      const target: TargetTab = {
        id: tab.id,
        windowId: tab.windowId ?? null,
        url: shown,
        active: tab.active ?? false,
        origin: pausableOrigin(shown ?? undefined),
      };
      /* eslint-enable @typescript-eslint/no-unnecessary-condition */
      // A page the tabs API names as a browser or extension page has no content script to ask.
      if (shown !== null && target.origin === null) return { tab: target, read: { kind: 'mentions', mentions: [] } };
      try {
        const { url, mentions } = await askTab(tab.id, { type: 'backstory:mentions' });
        return { tab: { ...target, url, origin: pausableOrigin(url) }, read: { kind: 'mentions', mentions } };
      } catch {
        // No content script answers: the page was open before the extension was installed, is still loading, or is not a web page.
        return { tab: target, read: { kind: 'unreachable' } };
      }
    },
    async reveal(tab, entityId) {
      const { found } = await askTab(tab.id, { type: 'backstory:reveal', entityId });
      // Opened in a tab of its own, the popup shows the page it describes: the reader should see the flash.
      if (found && !tab.active) {
        await browser.tabs.update(tab.id, { active: true });
        if (tab.windowId !== null) await browser.windows.update(tab.windowId, { focused: true });
      }
      return found;
    },
    readSettings,
    updateSettings,
    onSettingsChanged,
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
}
