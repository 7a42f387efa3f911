/**
 * The stored knowledge base read back as a bundle: what export writes and
 * what a merge starts from.
 */
import { currentMeta, type BackstoryDb } from '../db';
import { allArticles, allEntities } from '../db-reads';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../../bundle/schema';

/** The current knowledge base as a bundle, or null when none is stored. Entities and articles come in id order. */
export async function readKnowledgeBase(db: BackstoryDb): Promise<Bundle | null> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const meta = await currentMeta(db);
    if (!meta) return null;
    const [entities, articles] = await Promise.all([allEntities(db), allArticles(db)]);
    return {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      name: meta.bundleName,
      createdAt: meta.createdAt,
      contentHash: meta.contentHash,
      articles,
      entities,
    };
  });
}
