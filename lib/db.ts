/**
 * The knowledge base in the extension's IndexedDB (Dexie). Only extension
 * pages and the background open it; content scripts ask the background.
 * Schema changes are new versions below, never edits of old ones.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Bundle, Entity, Evidence } from './bundle/schema';
import { foldForSearch } from './search/fold';
import type { SearchIndexData } from './search/search-index';

export type EntityRow = Omit<Entity, 'evidence'>;
export interface AliasRow {
  id?: number;
  entityId: string;
  alias: string;
  /** Folded for look-up: lower case, no accents, one space between words. */
  normalized: string;
  shortForm: boolean;
}
export type EvidenceRow = Evidence & { id?: number; entityId: string; position: number };

export type KbOrigin = 'seed' | 'import';
export interface KbMeta {
  bundleName: string;
  bundleVersion: number;
  contentHash: string;
  createdAt: string;
  importedAt: string;
  origin: KbOrigin;
}
interface MetaRow {
  key: 'current';
  value: KbMeta;
}
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

/** The knowledge base as it was before the last import, kept so that the import can be rolled back. */
export interface SnapshotRow {
  key: 'before-last-import';
  meta: KbMeta;
  /** The whole previous knowledge base as bundle JSON: one value to write, however large. */
  bundleJson: string;
}

export class BackstoryDb extends Dexie {
  entities!: EntityTable<EntityRow, 'id'>;
  aliases!: EntityTable<AliasRow, 'id'>;
  articles!: EntityTable<Article, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  matcherCache!: EntityTable<MatcherCacheRow, 'contentHash'>;
  searchCache!: EntityTable<SearchCacheRow, 'contentHash'>;
  snapshots!: EntityTable<SnapshotRow, 'key'>;

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
  }

  /** The tables that together hold one knowledge base. */
  get kbTables() {
    return [this.entities, this.aliases, this.articles, this.evidence, this.meta];
  }
}

export interface KbCounts {
  entities: number;
  articles: number;
  evidence: number;
  aliases: number;
  meta: KbMeta | null;
}

export async function countKnowledgeBase(db: BackstoryDb): Promise<KbCounts> {
  return db.transaction('r', db.kbTables, async () => ({
    entities: await db.entities.count(),
    articles: await db.articles.count(),
    evidence: await db.evidence.count(),
    aliases: await db.aliases.count(),
    meta: (await db.meta.get('current'))?.value ?? null,
  }));
}

/** Rows of a bundle, ready to write. */
export function bundleRows(bundle: Bundle) {
  const entities: EntityRow[] = [];
  const aliases: AliasRow[] = [];
  const evidence: EvidenceRow[] = [];
  for (const { evidence: entityEvidence, ...entity } of bundle.entities) {
    entities.push(entity);
    for (const alias of entity.aliases) aliases.push({ entityId: entity.id, alias, normalized: foldForSearch(alias), shortForm: false });
    for (const alias of entity.shortForms) aliases.push({ entityId: entity.id, alias, normalized: foldForSearch(alias), shortForm: true });
    entityEvidence.forEach((e, position) => evidence.push({ ...e, entityId: entity.id, position }));
  }
  return { entities, aliases, evidence, articles: bundle.articles };
}

export interface WriteProgress {
  written: number;
  total: number;
}

export interface ReplaceOptions {
  importedAt?: string;
  /** Called after each chunk of rows; the transaction stays open in between, so the page can paint. */
  onProgress?: (progress: WriteProgress) => void;
}

/** Rows per `bulkAdd`: large enough to keep IndexedDB busy, small enough for a progress bar that moves. */
const WRITE_CHUNK = 5_000;

/**
 * Replaces the whole knowledge base with `bundle`. Callers that write more than
 * the knowledge base (a snapshot for rollback) wrap this in their own
 * transaction over `kbTables` and those tables; otherwise it opens one: all of
 * it or nothing.
 */
export async function replaceKnowledgeBase(db: BackstoryDb, bundle: Bundle, origin: KbOrigin, options: ReplaceOptions = {}): Promise<void> {
  const rows = bundleRows(bundle);
  const importedAt = options.importedAt ?? new Date().toISOString();
  const progress = { written: 0, total: rows.entities.length + rows.aliases.length + rows.articles.length + rows.evidence.length };
  const addAll = async <Row>(table: { bulkAdd(rows: readonly Row[]): Promise<unknown> }, list: readonly Row[]) => {
    for (let at = 0; at < list.length; at += WRITE_CHUNK) {
      const chunk = list.slice(at, at + WRITE_CHUNK);
      await table.bulkAdd(chunk);
      progress.written += chunk.length;
      options.onProgress?.({ ...progress });
    }
  };
  await db.transaction('rw', db.kbTables, async () => {
    await Promise.all(db.kbTables.map((table) => table.clear()));
    await addAll(db.entities, rows.entities);
    await addAll(db.articles, rows.articles);
    await addAll(db.aliases, rows.aliases);
    await addAll(db.evidence, rows.evidence);
    await db.meta.put({
      key: 'current',
      value: { bundleName: bundle.name, bundleVersion: bundle.version, contentHash: bundle.contentHash, createdAt: bundle.createdAt, importedAt, origin },
    });
  });
}

/** True when no knowledge base has been written yet (the meta row is written last, in the same transaction). */
export async function isEmpty(db: BackstoryDb): Promise<boolean> {
  return (await db.meta.get('current')) === undefined;
}

/** Loads `bundle` only when the database holds no knowledge base; true when it did. */
export async function loadIfEmpty(db: BackstoryDb, bundle: () => Promise<Bundle>): Promise<boolean> {
  if (!(await isEmpty(db))) return false;
  const loaded = await bundle();
  // Checked again inside the writing transaction: two starts of the worker must not load twice.
  return db.transaction('rw', db.kbTables, async () => {
    if (!(await isEmpty(db))) return false;
    await replaceKnowledgeBase(db, loaded, 'seed');
    return true;
  });
}
