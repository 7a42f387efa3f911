/**
 * How a knowledge base is laid out in the database: shards of up to a few
 * dozen entities (with their evidence) or a few hundred articles of one
 * generation, in id order, and the key ranges that find them. IndexedDB pays a
 * fixed cost per row written, so fewer, larger rows make an import fast.
 */
import type { Article, Bundle, Entity } from '../bundle/schema';

/** The IndexedDB database that holds the knowledge base (Dexie's in db.ts; read without Dexie in search/cached-index.ts). */
export const DB_NAME = 'backstory';

export type ShardKind = 'entity' | 'article';
/** Up to ENTITY_SHARD entities or ARTICLE_SHARD articles of one generation, in id order from `firstId`. */
export interface ShardRow {
  generation: number;
  kind: ShardKind;
  firstId: string;
  items: Entity[] | Article[];
}
export type ShardKey = [number, ShardKind, string];

export const ENTITY_SHARD = 64;
export const ARTICLE_SHARD = 256;

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** The shard rows of a knowledge base, entities and articles each in id order. */
export function shardsOf(content: Pick<Bundle, 'entities' | 'articles'>, generation: number): ShardRow[] {
  const rows: ShardRow[] = [];
  const cut = (kind: ShardKind, items: readonly { id: string }[], size: number) => {
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

/** Above every id: ids are ASCII. (Dexie.maxKey, an array, is refused inside compound keys by some IndexedDB implementations.) */
const AFTER_ALL_IDS = '\uffff';
export const SHARD_KINDS: readonly ShardKind[] = ['entity', 'article'];

/** The keys of the shards of one kind and generation, up to the one that would hold `upTo`. */
export const shardRange = (generation: number, kind: ShardKind, upTo: string = AFTER_ALL_IDS): [ShardKey, ShardKey] => [
  [generation, kind, ''],
  [generation, kind, upTo],
];
