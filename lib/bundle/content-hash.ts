/**
 * The content hash of a bundle: SHA-256 of the canonical JSON (keys sorted) of
 * its articles and entities, each list in id order, so that the order a tool
 * writes them in (or the database reads them back in) does not change it.
 */
import { sha256Hex } from './articles';
import type { Bundle } from './schema';

/** JSON with object keys in sorted order at every depth, so that key order never changes the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function contentHash(content: Pick<Bundle, 'articles' | 'entities'>): Promise<string> {
  return `sha256:${await sha256Hex(canonicalJson({ articles: byId(content.articles), entities: byId(content.entities) }))}`;
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
