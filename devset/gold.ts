/** Reads the development sets: pages, annotations, and the gold spans they define. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DEVSET_DIR = import.meta.dirname;

export type SetName = 'pk' | 'other' | 'urdu';

export interface PageEntry {
  id: string;
  set: SetName;
  lang: string;
  url: string;
  query: string;
  outlet: string;
  country: string;
}

interface NameAnnotation {
  text: string;
  id: string | null;
  type?: 'person' | 'group' | 'place' | 'other';
  entity?: string;
  nth?: number[];
}

export interface Annotation {
  id: string;
  names: NameAnnotation[];
}

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  /** Knowledge-base id, or null for a name the knowledge base does not have. */
  id: string | null;
  annotation: NameAnnotation;
}

/** Every page of every batch file (`pages.json`, `batches/*.json`), each id once. */
export function readPages(): PageEntry[] {
  const files = [resolve(DEVSET_DIR, 'pages.json')];
  const batches = resolve(DEVSET_DIR, 'batches');
  if (existsSync(batches))
    for (const f of readdirSync(batches).sort()) if (f.endsWith('.json')) files.push(resolve(batches, f));
  const seen = new Map<string, PageEntry>();
  for (const file of files) {
    for (const page of JSON.parse(readFileSync(file, 'utf8')) as PageEntry[]) {
      if (seen.has(page.id)) throw new Error(`${file}: page id ${page.id} is listed twice`);
      seen.set(page.id, page);
    }
  }
  return [...seen.values()];
}

export function pageText(id: string): string | null {
  const file = resolve(DEVSET_DIR, 'pages', `${id}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function readAnnotation(id: string): Annotation | null {
  const file = resolve(DEVSET_DIR, 'annotations', `${id}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Annotation) : null;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Start offsets of the case-sensitive whole-word occurrences of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + needle.length] ?? '';
    if ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after))) continue;
    found.push(at);
  }
  return found;
}

/**
 * The gold spans of a page: each annotation's occurrences, with an occurrence inside a longer
 * annotated one dropped (it belongs to the longer name). Problems are reported, not thrown.
 */
export function goldSpans(text: string, annotation: Annotation): { spans: GoldSpan[]; problems: string[] } {
  const problems: string[] = [];
  const all: GoldSpan[] = [];
  const claimed = new Map<string, NameAnnotation>();
  for (const name of annotation.names) {
    const at = occurrences(text, name.text);
    if (at.length === 0) problems.push(`"${name.text}" does not occur on the page`);
    if (name.id === null && !name.type) problems.push(`"${name.text}" has id null but no type`);
    const picked = name.nth ?? at.map((_, i) => i + 1);
    for (const n of picked) {
      const start = at[n - 1];
      if (start === undefined) {
        problems.push(`"${name.text}" has no occurrence ${n} (it occurs ${at.length} times)`);
        continue;
      }
      const key = `${start}:${name.text.length}`;
      const other = claimed.get(key);
      if (other)
        problems.push(
          `occurrence ${n} of "${name.text}" is annotated twice (${String(other.id)} and ${String(name.id)})`,
        );
      claimed.set(key, name);
      all.push({ start, end: start + name.text.length, text: name.text, id: name.id, annotation: name });
    }
  }
  const spans = all.filter(
    (s) => !all.some((o) => o !== s && o.start <= s.start && s.end <= o.end && o.end - o.start > s.end - s.start),
  );
  return { spans: spans.sort((a, b) => a.start - b.start), problems };
}
