/**
 * The background's compiled matcher: built once from the database, kept in
 * memory and in IndexedDB (so a service worker that wakes up cold does not
 * compile again), and dropped when the knowledge base changes.
 */
import { currentMeta, type BackstoryDb } from '../db';
import { allEntities } from '../db-reads';
import { compileMatcher } from '../../match/compile';
import { MATCHER_FORMAT, serializeMatcher, type SerializedMatcher } from '../../match/serialize';

export interface MatcherPayload {
  contentHash: string;
  matcher: SerializedMatcher;
}

export class MatcherService {
  private current: Promise<MatcherPayload> | null = null;

  constructor(private readonly db: BackstoryDb) {}

  /** The matcher of the knowledge base now in the database. */
  get(): Promise<MatcherPayload> {
    this.current ??= this.load().catch((error: unknown) => {
      this.current = null;
      throw error;
    });
    return this.current;
  }

  /** Forgets the matcher after the knowledge base changed; the next `get` rebuilds it once. */
  invalidate(): void {
    this.current = null;
  }

  private async load(): Promise<MatcherPayload> {
    // One read transaction: a knowledge base replaced meanwhile must not mix with the old one.
    const { contentHash, cached, entities } = await this.db.transaction(
      'r',
      [this.db.meta, this.db.shards, this.db.matcherCache],
      async () => {
        const hash = (await currentMeta(this.db))?.contentHash ?? 'empty';
        const row = await this.db.matcherCache.get(cacheKey(hash));
        return { contentHash: hash, cached: row, entities: row ? [] : await allEntities(this.db) };
      },
    );
    if (cached) return { contentHash, matcher: JSON.parse(cached.serialized) as SerializedMatcher };
    const { matcher } = compileMatcher(entities);
    const payload = { contentHash, matcher: serializeMatcher(matcher) };
    await this.db.transaction('rw', this.db.matcherCache, async () => {
      await this.db.matcherCache.clear();
      await this.db.matcherCache.put({
        contentHash: cacheKey(contentHash),
        serialized: JSON.stringify(payload.matcher),
      });
    });
    return payload;
  }
}

/** The cache row of a knowledge base: its content hash and the matcher's layout. */
function cacheKey(contentHash: string): string {
  return `${contentHash}@${MATCHER_FORMAT}`;
}
