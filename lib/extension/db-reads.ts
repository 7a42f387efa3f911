/**
 * Reading the current knowledge base's entities and articles: all of one kind,
 * or some by id, each shard read once per look-up. Decoded shards are kept in
 * memory, since a shard never changes once written.
 */
import type { Article, Entity } from '../bundle/schema';
import { currentMeta, type BackstoryDb, type KbMeta } from './db';
import { shardRange, type ShardKey, type ShardKind } from './db-shards';

/** Every shard item of one kind in the current knowledge base, in id order. */
async function allOf<T>(db: BackstoryDb, kind: ShardKind): Promise<T[]> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const meta = await currentMeta(db);
    if (!meta) return [];
    const [from, to] = shardRange(meta.generation, kind);
    const shards = await db.shards.where('[generation+kind+firstId]').between(from, to, true, true).toArray();
    const cache = shardCache(db);
    for (const shard of shards)
      remember(cache, cacheKey(meta, [shard.generation, shard.kind, shard.firstId]), shard.items);
    return shards.flatMap((shard) => shard.items as unknown as T[]);
  });
}

export const allEntities = (db: BackstoryDb) => allOf<Entity>(db, 'entity');
export const allArticles = (db: BackstoryDb) => allOf<Article>(db, 'article');

/** Decoded shards kept in memory: a shard never changes once written, and a card's entity, its articles and its related entities mostly sit in a few. */
const SHARD_CACHE_SIZE = 32;
const shardCaches = new WeakMap<BackstoryDb, Map<string, unknown[]>>();

/** The cache key of a shard: the content hash tells apart knowledge bases that were given the same generation number after a rollback. */
const cacheKey = (meta: KbMeta, key: ShardKey) => `${meta.contentHash}|${key[0]}|${key[1]}|${key[2]}`;

function shardCache(db: BackstoryDb): Map<string, unknown[]> {
  let cache = shardCaches.get(db);
  if (!cache) {
    cache = new Map();
    shardCaches.set(db, cache);
  }
  return cache;
}

function remember(cache: Map<string, unknown[]>, key: string, items: unknown[]): void {
  cache.delete(key);
  cache.set(key, items);
  if (cache.size > SHARD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** Items by id, each from the one shard whose range holds it; undefined where there is none. Each shard is read once. */
async function someOf<T extends { id: string }>(
  db: BackstoryDb,
  kind: ShardKind,
  ids: readonly string[],
): Promise<(T | undefined)[]> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const meta = await currentMeta(db);
    if (!meta) return ids.map(() => undefined);
    // Keys first (no values are read), then each distinct shard once.
    const keys = await Promise.all(
      ids.map(async (id) => {
        const [from, to] = shardRange(meta.generation, kind, id);
        return (
          await db.shards
            .where('[generation+kind+firstId]')
            .between(from, to, true, true)
            .reverse()
            .limit(1)
            .primaryKeys()
        )[0];
      }),
    );
    const cache = shardCache(db);
    const missing = [
      ...new Map(
        keys.flatMap((key) => (key && !cache.has(cacheKey(meta, key)) ? [[key[2], key] as const] : [])),
      ).values(),
    ];
    for (const shard of await db.shards.bulkGet(missing)) {
      if (shard) remember(cache, cacheKey(meta, [shard.generation, shard.kind, shard.firstId]), shard.items);
    }
    return ids.map((id, i) => {
      const key = keys[i];
      const items = key ? (cache.get(cacheKey(meta, key)) as T[] | undefined) : undefined;
      return items?.find((item) => item.id === id);
    });
  });
}

export const getEntities = (db: BackstoryDb, ids: readonly string[]) => someOf<Entity>(db, 'entity', ids);
export const getArticles = (db: BackstoryDb, ids: readonly string[]) => someOf<Article>(db, 'article', ids);

export async function getEntity(db: BackstoryDb, id: string): Promise<Entity | undefined> {
  return (await getEntities(db, [id]))[0];
}
