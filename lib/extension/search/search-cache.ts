/**
 * The popup's search index, read from the cache in IndexedDB when the
 * knowledge base has not changed since it was built, else built from the
 * database (and cached for the next time the popup opens).
 *
 * The popup reads the cached index without this module (lib/extension/search/cached-index.ts):
 * this one loads Dexie.
 */
import { currentMeta, type BackstoryDb } from '../db';
import { allEntities } from '../db-reads';
import { searchEntitiesOfBundle } from '../../search/search-entities';
import { SearchIndex } from '../../search/search-index';

export interface LoadedIndex {
  index: SearchIndex;
  contentHash: string;
  /** True when the index came from the cache. */
  cached: boolean;
  /** Resolves when a freshly built index has been written to the cache. */
  saved: Promise<void>;
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
    .catch((error: unknown) =>
      console.warn('Backstory: could not cache the search index; it will be rebuilt next time', error),
    );
  return { index, contentHash: hash, cached: false, saved };
}
