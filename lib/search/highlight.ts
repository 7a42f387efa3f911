/**
 * Where a search matched, in the text the reader sees: the index reports
 * offsets into folded text; these helpers carry them back to the original
 * string and cut excerpts around a matched word. Pure: the UI renders the
 * pieces as text.
 */
import { foldWithOffsets } from './fold';
import type { Span } from './match-spans';

export interface Piece {
  text: string;
  marked: boolean;
}

/** Offsets of `spans` (into `foldForSearch(text)`) carried back to `text`, sorted and merged. */
export function displaySpans(text: string, spans: readonly Span[]): Span[] {
  if (spans.length === 0) return [];
  const { starts, ends } = foldWithOffsets(text);
  const mapped = spans
    .map(([start, end]): Span | null => {
      const from = Math.max(0, start);
      const to = Math.min(ends.length, end) - 1;
      if (from > to) return null;
      let s = starts[from]!;
      let e = ends[to]!;
      // A span Fuse ends on the space between two words marks no blank.
      while (s < e && /\s/u.test(text.charAt(s))) s++;
      while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
      return s < e ? [s, e] : null;
    })
    .filter((s): s is Span => s !== null)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of mapped) {
    const last = merged[merged.length - 1];
    // Runs split only by a space or a hyphen read as one match.
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** `text` cut into plain and marked pieces (spans in `text`'s own offsets, sorted, not overlapping). */
export function pieces(text: string, spans: readonly Span[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}

/**
 * An excerpt of `sentence` around the first whole word that folds to `word`
 * (an evidence word from the index), with that word marked; null when the sentence does not hold it.
 * @param radius - characters kept on each side, cut at a word boundary
 */
export function excerptAround(sentence: string, word: string, radius = 60): Piece[] | null {
  const { folded, starts, ends } = foldWithOffsets(sentence);
  let at: number;
  for (let from = 0; ; from = at + 1) {
    at = folded.indexOf(word, from);
    if (at < 0) return null;
    const before = at === 0 || folded[at - 1] === ' ';
    const after = at + word.length === folded.length || folded[at + word.length] === ' ';
    if (before && after) break;
  }
  const start = starts[at]!;
  const end = ends[at + word.length - 1]!;
  let from = Math.max(0, start - radius);
  let to = Math.min(sentence.length, end + radius);
  if (from > 0) from = sentence.indexOf(' ', from) + 1 || start;
  if (to < sentence.length) to = Math.max(end, sentence.lastIndexOf(' ', to));
  return [
    { text: `${from > 0 ? '…' : ''}${sentence.slice(from, start)}`, marked: false },
    { text: sentence.slice(start, end), marked: true },
    { text: `${sentence.slice(end, to)}${to < sentence.length ? '…' : ''}`, marked: false },
  ];
}
