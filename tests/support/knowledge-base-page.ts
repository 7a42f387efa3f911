/** The in-page half of knowledge-base.ts, bundled and evaluated in an extension page. */
import type { Bundle } from '../../lib/bundle/schema';
import { BackstoryDb, replaceKnowledgeBase } from '../../lib/extension/db';

const withDb = async <T>(work: (db: BackstoryDb) => Promise<T>): Promise<T> => {
  const db = new BackstoryDb();
  try {
    return await work(db);
  } finally {
    db.close();
  }
};

const api = {
  replace: (bundle: Bundle) =>
    withDb(async (db) => {
      await replaceKnowledgeBase(db, bundle, 'import');
    }),
  cachedIndexHashes: () => withDb((db) => db.searchCache.toCollection().primaryKeys()),
  clearSearchCache: () => withDb((db) => db.searchCache.clear()),
};
export type KbWriterApi = typeof api;
(globalThis as unknown as { backstoryKb: KbWriterApi }).backstoryKb = api;
