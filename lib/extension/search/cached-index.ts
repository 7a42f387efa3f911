/**
 * The popup's one read on its critical path: the search index cached by the
 * background (lib/extension/search/search-cache.ts), read with plain IndexedDB. Nothing
 * here imports Dexie or Fuse.js, so the popup can start this read before the
 * rest of its code has loaded. Dexie keeps each table in an object store of the
 * same name, rows as plain objects (lib/extension/db.ts: `meta`, `searchCache`).
 */
import type { SearchCacheRow } from '../db';
import { DB_NAME } from '../db-shards';
import type { SearchIndexData } from '../../search/search-index-data';
import { markStep } from '../../dom/bench-hooks';

export interface CachedIndexData {
  contentHash: string;
  data: SearchIndexData;
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The cached index data of the knowledge base now in the database `name`; null
 * when there is none for the current content hash, or no database yet.
 */
export async function readCachedIndexData(
  name = DB_NAME,
  idb: IDBFactory = indexedDB,
): Promise<CachedIndexData | null> {
  const open = idb.open(name);
  // No database yet: do not create an empty one (Dexie creates it with its schema).
  open.onupgradeneeded = () => open.transaction?.abort();
  let db: IDBDatabase;
  try {
    db = await request(open);
  } catch {
    return null;
  }
  try {
    if (!db.objectStoreNames.contains('meta') || !db.objectStoreNames.contains('searchCache')) return null;
    const tx = db.transaction(['meta', 'searchCache'], 'readonly');
    // Both requests at once (the cache holds one row at most): one round trip to the browser's IndexedDB, not two.
    const [meta, rows] = await Promise.all([
      request(tx.objectStore('meta').get('current')) as Promise<{ value?: { contentHash?: string } } | undefined>,
      request(tx.objectStore('searchCache').getAll()) as Promise<SearchCacheRow[]>,
    ]);
    const contentHash = meta?.value?.contentHash;
    const row = rows.find((r) => r.contentHash === contentHash);
    return contentHash && row ? { contentHash, data: row.data } : null;
  } finally {
    db.close();
  }
}

declare global {
  /** The read started by the popup page's first, classic script (entrypoints/popup-index-read.ts). */
  var backstoryCachedIndexRead: Promise<CachedIndexData | null> | undefined;
}

/** Starts the read and leaves it for the popup's code, which is still loading. */
export function startCachedIndexRead(): void {
  // Marks for bench/search-bench.ts: when the page's first script ran, and when the data was in memory.
  markStep('index-read-start');
  globalThis.backstoryCachedIndexRead = readCachedIndexData().finally(() => markStep('index-read'));
}

/** The read the page started early, or a new one when it did not. */
export function takeCachedIndexRead(): Promise<CachedIndexData | null> {
  const started = globalThis.backstoryCachedIndexRead;
  globalThis.backstoryCachedIndexRead = undefined;
  return started ?? readCachedIndexData();
}
