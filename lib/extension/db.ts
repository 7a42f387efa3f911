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
 * next import, so a rollback only moves the `current` pointer back. The shard
 * layout is in db-shards.ts, the reads of entities and articles in db-reads.ts.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Article, Bundle, Entity, Evidence } from '../bundle/schema';
import { DB_NAME, SHARD_KINDS, shardRange, shardsOf, type ShardKey, type ShardRow } from './db-shards';
import type { SearchIndexData } from '../search/search-index-data';

export type EntityRow = Omit<Entity, 'evidence'>;
/** One evidence sentence with the entity it quotes and its place in that entity's list. */
export type EvidenceRow = Evidence & { entityId: string; position: number };

export type KbOrigin = 'seed' | 'import';
interface KbFigures {
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

/** A compiled matcher kept across service-worker restarts, keyed by the content hash it was built from. */
export interface MatcherCacheRow {
  contentHash: string;
  serialized: string;
}
/** The popup's search index, kept so that opening the popup does not rebuild it (lib/extension/search/search-cache.ts). */
export interface SearchCacheRow {
  contentHash: string;
  data: SearchIndexData;
}

export class BackstoryDb extends Dexie {
  shards!: Table<ShardRow, ShardKey>;
  meta!: EntityTable<MetaRow, 'key'>;
  matcherCache!: EntityTable<MatcherCacheRow, 'contentHash'>;
  searchCache!: EntityTable<SearchCacheRow, 'contentHash'>;

  constructor(name = DB_NAME) {
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
        const meta = (await tx.table('meta').get('current')) as
          { value: Omit<KbMeta, 'generation' | 'figures'> } | undefined;
        if (!meta) return;
        const [entities, articles, evidence] = await Promise.all([
          tx.table('entities').toArray(),
          tx.table('articles').toArray(),
          tx.table('evidence').toArray(),
        ]);
        const bundle = bundleOfRows(entities as EntityRow[], articles as Article[], evidence as EvidenceRow[]);
        await tx.table('shards').bulkAdd(shardsOf(bundle, 1));
        await tx
          .table('meta')
          .put({ key: 'current', value: { ...meta.value, generation: 1, figures: figuresOf(bundle) } });
      });
    this.version(5).stores({ entities: null, aliases: null, articles: null, evidence: null, snapshots: null });
  }
}

/** A bundle's entities (with their evidence) and articles from row-per-item tables. */
function bundleOfRows(
  entities: readonly EntityRow[],
  articles: Article[],
  evidence: readonly EvidenceRow[],
): Pick<Bundle, 'entities' | 'articles'> {
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
      evidence: (evidenceOf.get(entity.id) ?? [])
        .sort((a, b) => a.position - b.position)
        .map(({ articleId, sentence, start, end }) => ({ articleId, sentence, start, end })),
    })),
  };
}

function figuresOf(content: Pick<Bundle, 'entities' | 'articles'>): KbFigures {
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
export async function replaceKnowledgeBase(
  db: BackstoryDb,
  bundle: Bundle,
  origin: KbOrigin,
  options: WriteOptions = {},
): Promise<KbMeta> {
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
