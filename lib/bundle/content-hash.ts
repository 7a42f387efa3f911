/** The content hash of a bundle: SHA-256 of the canonical JSON (keys sorted) of its articles and entities. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Bundle } from './schema';

const sortedKeys = new Map<string, string[]>();

/** The keys of `value` in sorted order; objects of one shape share one sorted list. */
function keysInOrder(value: object): string[] {
  const keys = Object.keys(value);
  const shape = keys.join('\u0000');
  let sorted = sortedKeys.get(shape);
  if (!sorted) {
    sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sortedKeys.set(shape, sorted);
  }
  return sorted;
}

/** JSON with object keys in sorted order at every depth, so that key order never changes the hash. */
function canonicalJson(value: unknown): string {
  // JSON.stringify does the writing; the replacer hands it each object with its keys in sorted order.
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
    const ordered: Record<string, unknown> = {};
    for (const key of keysInOrder(item)) ordered[key] = (item as Record<string, unknown>)[key];
    return ordered;
  });
}

/**
 * The content hash of a bundle: SHA-256 of the canonical JSON of its articles
 * and entities, each list in id order, so that the order a tool writes them in
 * (or the database reads them back in) does not change it.
 */
export async function contentHash(
  content: Pick<Bundle, 'articles' | 'entities'>,
  onProgress?: (done: number, total: number) => void,
): Promise<string> {
  // The canonical JSON of `{ articles, entities }`, hashed as it is written, item by item: a bundle of
  // 150 MB is never one string, and a large one reports progress.
  const hash = sha256.create();
  const encoder = new TextEncoder();
  let pending = '';
  const write = (text: string) => {
    pending += text;
    if (pending.length >= HASH_CHUNK) {
      hash.update(encoder.encode(pending));
      pending = '';
    }
  };
  const total = content.articles.length + content.entities.length;
  let done = 0;
  const list = (items: readonly { id: string }[]) =>
    byId(items).forEach((item, i) => {
      write(i === 0 ? canonicalJson(item) : `,${canonicalJson(item)}`);
      if (++done % 2_000 === 0) onProgress?.(done, total);
    });
  write('{"articles":[');
  list(content.articles);
  write('],"entities":[');
  list(content.entities);
  write(']}');
  hash.update(encoder.encode(pending));
  onProgress?.(total, total);
  return `sha256:${bytesToHex(hash.digest())}`;
}

/** Characters of canonical JSON gathered before they are hashed. */
const HASH_CHUNK = 1 << 20;

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
