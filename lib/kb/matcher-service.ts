/**
 * The background's compiled matcher: built once from the database, kept in
 * memory and in IndexedDB (so a service worker that wakes up cold does not
 * compile again), and dropped when the knowledge base changes.
 */
import type { BackstoryDb } from '../db';
import { compileMatcher } from '../match/compile';
import { serializeMatcher, type SerializedMatcher } from '../match/serialize';

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
    const meta = (await this.db.meta.get('current'))?.value;
    const contentHash = meta?.contentHash ?? 'empty';
    const cached = await this.db.matcherCache.get(contentHash);
    if (cached) return { contentHash, matcher: JSON.parse(cached.serialized) as SerializedMatcher };
    const entities = await this.db.entities.toArray();
    const { matcher } = compileMatcher(entities);
    const payload = { contentHash, matcher: serializeMatcher(matcher) };
    await this.db.transaction('rw', this.db.matcherCache, async () => {
      await this.db.matcherCache.clear();
      await this.db.matcherCache.put({ contentHash, serialized: JSON.stringify(payload.matcher) });
    });
    return payload;
  }
}
