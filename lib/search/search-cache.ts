/**
 * The popup's search index, read from the cache in IndexedDB when the
 * knowledge base has not changed since it was built, else built from the
 * database (and cached for the next time the popup opens).
 *
 * The cached read (`readCachedIndex`) uses IndexedDB directly, without Dexie,
 * so that the popup can search before Dexie is even loaded: it is the whole
 * critical path of opening the popup. Dexie keeps each table in an object
 * store of the same name, rows as plain objects (lib/db.ts: `meta`, `searchCache`).
 */
import { allEntities, currentMeta, type BackstoryDb, type SearchCacheRow } from '../db';
import { searchEntitiesOfBundle } from './search-entities';
import { SearchIndex } from './search-index';

export interface LoadedIndex {
  index: SearchIndex;
  contentHash: string;
  /** True when the index came from the cache. */
  cached: boolean;
  /** Resolves when a freshly built index has been written to the cache. */
  saved: Promise<void>;
}

const request = <T>(req: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/**
 * The cached index of the knowledge base now in the database `name`, read with
 * plain IndexedDB; null when there is none for the current content hash (or no database yet).
 */
export async function readCachedIndex(name = 'backstory', idb: IDBFactory = indexedDB): Promise<LoadedIndex | null> {
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
    if (!contentHash || !row) return null;
    const index = SearchIndex.fromData(row.data);
    return index ? { index, contentHash, cached: true, saved: Promise.resolve() } : null;
  } finally {
    db.close();
  }
}

/** Loads the search index of the knowledge base now in `db`: from the cache, else built and then cached. */
export async function loadSearchIndex(db: BackstoryDb): Promise<LoadedIndex> {
  const contentHash = (await currentMeta(db))?.contentHash ?? 'empty';
  const row = await db.searchCache.get(contentHash);
  const fromCache = row ? SearchIndex.fromData(row.data) : null;
  if (fromCache) return { index: fromCache, contentHash, cached: true, saved: Promise.resolve() };

  // Read in one transaction: a knowledge base replaced meanwhile must not mix with the old one.
  const { hash, entities } = await db.transaction('r', [db.meta, db.shards], async () => ({
    hash: (await currentMeta(db))?.contentHash ?? 'empty',
    entities: await allEntities(db),
  }));
  const index = SearchIndex.build(searchEntitiesOfBundle({ entities }));
  const saved = db
    .transaction('rw', db.searchCache, async () => {
      await db.searchCache.clear();
      await db.searchCache.put({ contentHash: hash, data: index.toData() });
    })
    .catch((error: unknown) => console.warn('Backstory: could not cache the search index; it will be rebuilt next time', error));
  return { index, contentHash: hash, cached: false, saved };
}
