/**
 * The part of a matched term to mark for the reader. Fuse's own match indices
 * are scattered letters on a fuzzy match; readers expect whole words, or the
 * typed prefix of a word. Works on folded text (see fold.ts).
 */

/** A half-open range [start, end) of character offsets. */
export type Span = readonly [number, number];

/** Where `query` matches `term` (both folded): the query itself, else each query word's closest word of the term. */
export function matchSpans(term: string, query: string): Span[] {
  const at = term.indexOf(query);
  if (at >= 0) return [[at, at + query.length]];
  const words: { word: string; start: number }[] = [];
  let start = 0;
  for (const word of term.split(' ')) {
    words.push({ word, start });
    start += word.length + 1;
  }
  const spans: Span[] = [];
  const used = new Set<number>();
  for (const q of query.split(' ')) {
    if (q.length < 2) continue;
    let best: { span: Span; cost: number; index: number } | null = null;
    for (const [index, { word, start: s }] of words.entries()) {
      if (used.has(index)) continue;
      const allowed = q.length <= 4 ? 1 : 2;
      let span: Span | null = null;
      let cost = Infinity;
      if (word.startsWith(q)) [span, cost] = [[s, s + q.length], 0];
      else {
        const whole = distance(q, word);
        // The word may be still being typed: compare with the word's beginnings of about the query's length.
        let prefix = Infinity;
        let prefixLength = 0;
        if (q.length >= 3) {
          for (let n = q.length - 1; n <= q.length + 1 && n < word.length; n++) {
            const d = distance(q, word.slice(0, n));
            if (d < prefix) [prefix, prefixLength] = [d, n];
          }
        }
        if (whole <= allowed && whole <= prefix) [span, cost] = [[s, s + word.length], whole];
        else if (prefix <= allowed) [span, cost] = [[s, s + prefixLength], prefix];
      }
      if (span && (!best || cost < best.cost)) best = { span, cost, index };
    }
    if (best) {
      spans.push(best.span);
      used.add(best.index);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one ("Kahn" / "Khan"). */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
