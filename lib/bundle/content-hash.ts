/** The content hash of a bundle: SHA-256 of the canonical JSON (keys sorted) of its articles and entities. */
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
  return `sha256:${await sha256Hex(canonicalJson({ articles: content.articles, entities: content.entities }))}`;
}
