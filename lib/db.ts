/**
 * The knowledge base in the extension's IndexedDB (Dexie). Only extension
 * pages and the background open it; content scripts ask the background.
 * Schema changes are new versions below, never edits of old ones.
 *
 * A knowledge base is stored as shards: rows of up to a few dozen entities
 * (with their evidence) or a few hundred articles, in id order. IndexedDB pays
 * a fixed cost per row written (about 0.1 ms in Chromium here), so a bundle of
 * 10,000 entities and 50,000 sentences is 170 rows, not 77,000. Each import
 * writes a new generation of shards; the previous generation stays until the
 * next import, so a rollback only moves the `current` pointer back.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, Bundle, Entity, Evidence } from './bundle/schema';
import type { SearchIndexData } from './search/search-index-data';

export type EntityRow = Omit<Entity, 'evidence'>;
/** One evidence sentence with the entity it quotes and its place in that entity's list. */
export type EvidenceRow = Evidence & { entityId: string; position: number };

export type KbOrigin = 'seed' | 'import';
export interface KbFigures {
  entities: number;
  articles: number;
  evidence: number;
  aliases: number;
}
export interface KbMeta {
  bundleName: string;
  bundleVersion: number;
  contentHash: string;
  createdAt: string;
  importedAt: string;
  origin: KbOrigin;
  /** The shards this knowledge base is stored in. */
  generation: number;
  figures: KbFigures;
}
type MetaKey = 'current' | 'previous';
interface MetaRow {
  key: MetaKey;
  value: KbMeta;
}

type ShardKind = 'entity' | 'article';
/** Up to ENTITY_SHARD entities or ARTICLE_SHARD articles of one generation, in id order from `firstId`. */
export interface ShardRow {
  generation: number;
  kind: ShardKind;
  firstId: string;
  items: Entity[] | Article[];
}
type ShardKey = [number, ShardKind, string];

/** A compiled matcher kept across service-worker restarts, keyed by the content hash it was built from. */
export interface MatcherCacheRow {
  contentHash: string;
  serialized: string;
}
/** The popup's search index, kept so that opening the popup does not rebuild it (lib/search/search-cache.ts). */
export interface SearchCacheRow {
  contentHash: string;
  data: SearchIndexData;
}

export const ENTITY_SHARD = 64;
export const ARTICLE_SHARD = 256;

export class BackstoryDb extends Dexie {
  shards!: Table<ShardRow, ShardKey>;
  meta!: EntityTable<MetaRow, 'key'>;
  matcherCache!: EntityTable<MatcherCacheRow, 'contentHash'>;
  searchCache!: EntityTable<SearchCacheRow, 'contentHash'>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({
      entities: 'id, type, name',
      aliases: '++id, normalized, entityId',
      articles: 'id',
      evidence: '++id, entityId, articleId',
      meta: 'key',
      matcherCache: 'contentHash',
    });
    this.version(2).stores({ searchCache: 'contentHash' });
    this.version(3).stores({ snapshots: 'key' });
    // Row-per-entity tables become shards; the stored knowledge base moves over as generation 1.
    this.version(4)
      .stores({ shards: '[generation+kind+firstId]' })
      .upgrade(async (tx) => {
        const meta = (await tx.table('meta').get('current')) as { value: Omit<KbMeta, 'generation' | 'figures'> } | undefined;
        if (!meta) return;
        const [entities, articles, evidence] = await Promise.all([tx.table('entities').toArray(), tx.table('articles').toArray(), tx.table('evidence').toArray()]);
        const bundle = bundleOfRows(entities as EntityRow[], articles as Article[], evidence as EvidenceRow[]);
        await tx.table('shards').bulkAdd(shardsOf(bundle, 1));
        await tx.table('meta').put({ key: 'current', value: { ...meta.value, generation: 1, figures: figuresOf(bundle) } });
      });
    this.version(5).stores({ entities: null, aliases: null, articles: null, evidence: null, snapshots: null });
  }
}

/** A bundle's entities (with their evidence) and articles from row-per-item tables. */
function bundleOfRows(entities: readonly EntityRow[], articles: Article[], evidence: readonly EvidenceRow[]): Pick<Bundle, 'entities' | 'articles'> {
  const evidenceOf = new Map<string, EvidenceRow[]>();
  for (const row of evidence) {
    const list = evidenceOf.get(row.entityId);
    if (list) list.push(row);
    else evidenceOf.set(row.entityId, [row]);
  }
  return {
    articles,
    entities: entities.map((entity) => ({
      ...entity,
      evidence: (evidenceOf.get(entity.id) ?? []).sort((a, b) => a.position - b.position).map(({ articleId, sentence, start, end }) => ({ articleId, sentence, start, end })),
    })),
  };
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The shard rows of a knowledge base, entities and articles each in id order. */
export function shardsOf(content: Pick<Bundle, 'entities' | 'articles'>, generation: number): ShardRow[] {
  const rows: ShardRow[] = [];
  const cut = <T extends { id: string }>(kind: ShardKind, items: readonly T[], size: number) => {
    const sorted = byId(items);
    for (let at = 0; at < sorted.length; at += size) {
      const slice = sorted.slice(at, at + size);
      rows.push({ generation, kind, firstId: slice[0]!.id, items: slice as unknown as Entity[] | Article[] });
    }
  };
  cut('entity', content.entities, ENTITY_SHARD);
  cut('article', content.articles, ARTICLE_SHARD);
  return rows;
}

export function figuresOf(content: Pick<Bundle, 'entities' | 'articles'>): KbFigures {
  let evidence = 0;
  let aliases = 0;
  for (const e of content.entities) {
    evidence += e.evidence.length;
    aliases += e.aliases.length + e.shortForms.length;
  }
  return { entities: content.entities.length, articles: content.articles.length, evidence, aliases };
}

export interface KbCounts extends KbFigures {
  meta: KbMeta | null;
}

export async function currentMeta(db: BackstoryDb): Promise<KbMeta | null> {
  return (await db.meta.get('current'))?.value ?? null;
}

export async function previousMeta(db: BackstoryDb): Promise<KbMeta | null> {
  return (await db.meta.get('previous'))?.value ?? null;
}

export async function countKnowledgeBase(db: BackstoryDb): Promise<KbCounts> {
  const meta = await currentMeta(db);
  return { ...(meta?.figures ?? { entities: 0, articles: 0, evidence: 0, aliases: 0 }), meta };
}

/** Above every id: ids are ASCII. (Dexie.maxKey, an array, is refused inside compound keys by some IndexedDB implementations.) */
const AFTER_ALL_IDS = '\uffff';
const SHARD_KINDS: readonly ShardKind[] = ['entity', 'article'];

/** The keys of the shards of one kind and generation, up to the one that would hold `upTo`. */
const shardRange = (generation: number, kind: ShardKind, upTo: string = AFTER_ALL_IDS): [ShardKey, ShardKey] => [
  [generation, kind, ''],
  [generation, kind, upTo],
];

/** Every shard item of one kind in the current knowledge base, in id order. */
async function allOf<T>(db: BackstoryDb, kind: ShardKind): Promise<T[]> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const meta = await currentMeta(db);
    if (!meta) return [];
    const [from, to] = shardRange(meta.generation, kind);
    const shards = await db.shards.where('[generation+kind+firstId]').between(from, to, true, true).toArray();
    const cache = shardCache(db);
    for (const shard of shards) remember(cache, cacheKey(meta, [shard.generation, shard.kind, shard.firstId]), shard.items);
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
async function someOf<T extends { id: string }>(db: BackstoryDb, kind: ShardKind, ids: readonly string[]): Promise<(T | undefined)[]> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const meta = await currentMeta(db);
    if (!meta) return ids.map(() => undefined);
    // Keys first (no values are read), then each distinct shard once.
    const keys = await Promise.all(
      ids.map(async (id) => {
        const [from, to] = shardRange(meta.generation, kind, id);
        return (await db.shards.where('[generation+kind+firstId]').between(from, to, true, true).reverse().limit(1).primaryKeys())[0];
      }),
    );
    const cache = shardCache(db);
    const missing = [...new Map(keys.flatMap((key) => (key && !cache.has(cacheKey(meta, key)) ? [[key[2], key] as const] : []))).values()];
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

export interface WriteProgress {
  written: number;
  total: number;
}

export interface WriteOptions {
  importedAt?: string;
  /** Keep the knowledge base being replaced, so that it can be rolled back to. */
  keepPrevious?: boolean;
  /** Called after each chunk of shards; the transaction stays open in between, so the page can paint. */
  onProgress?: (progress: WriteProgress) => void;
}

/** Shards per `bulkAdd`: few enough for a progress bar that moves. */
const WRITE_CHUNK = 16;

async function deleteGeneration(db: BackstoryDb, generation: number): Promise<void> {
  for (const kind of SHARD_KINDS) {
    const [from, to] = shardRange(generation, kind);
    await db.shards.where('[generation+kind+firstId]').between(from, to, true, true).delete();
  }
}

/**
 * Makes `bundle` the knowledge base, in one transaction: all of it or nothing.
 * With `keepPrevious`, the one it replaces stays stored for `rollBack`;
 * otherwise (and always for anything older) its shards are deleted.
 */
export async function replaceKnowledgeBase(db: BackstoryDb, bundle: Bundle, origin: KbOrigin, options: WriteOptions = {}): Promise<KbMeta> {
  const importedAt = options.importedAt ?? new Date().toISOString();
  return db.transaction('rw', [db.meta, db.shards], async () => {
    const [current, previous] = await Promise.all([currentMeta(db), previousMeta(db)]);
    const generation = Math.max(current?.generation ?? 0, previous?.generation ?? 0) + 1;
    const rows = shardsOf(bundle, generation);
    const progress = { written: 0, total: rows.length };
    for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
      const chunk = rows.slice(at, at + WRITE_CHUNK);
      await db.shards.bulkAdd(chunk);
      progress.written += chunk.length;
      options.onProgress?.({ ...progress });
    }
    if (previous && previous.generation !== current?.generation) await deleteGeneration(db, previous.generation);
    if (current && options.keepPrevious) await db.meta.put({ key: 'previous', value: current });
    else {
      if (current) await deleteGeneration(db, current.generation);
      await db.meta.delete('previous');
    }
    const meta: KbMeta = {
      bundleName: bundle.name,
      bundleVersion: bundle.version,
      contentHash: bundle.contentHash,
      createdAt: bundle.createdAt,
      importedAt,
      origin,
      generation,
      figures: figuresOf(bundle),
    };
    await db.meta.put({ key: 'current', value: meta });
    return meta;
  });
}

/** Makes the knowledge base kept by the last `keepPrevious` write current again; null when there is none. */
export async function rollBack(db: BackstoryDb): Promise<KbMeta | null> {
  return db.transaction('rw', [db.meta, db.shards], async () => {
    const [current, previous] = await Promise.all([currentMeta(db), previousMeta(db)]);
    if (!previous) return null;
    await db.meta.put({ key: 'current', value: previous });
    await db.meta.delete('previous');
    if (current && current.generation !== previous.generation) await deleteGeneration(db, current.generation);
    return previous;
  });
}

/** True when no knowledge base has been written yet (the meta row is written last, in the same transaction). */
export async function isEmpty(db: BackstoryDb): Promise<boolean> {
  return (await currentMeta(db)) === null;
}

/** Loads `bundle` only when the database holds no knowledge base; true when it did. */
export async function loadIfEmpty(db: BackstoryDb, bundle: () => Promise<Bundle>): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const loaded = await bundle();
  // Checked again inside the writing transaction: two starts of the worker must not load twice.
  return db.transaction('rw', [db.meta, db.shards], async () => {
    if (!(await isEmpty(db))) return false;
    await replaceKnowledgeBase(db, loaded, 'seed');
    return true;
  });
}
