/**
 * One text given to the linker, what the scanner found in it, and the look-ups over those finds that
 * the rules share. Found names never overlap, so their starts and ends are both sorted.
 */
import type { NameContext } from './embedded';
import { isLetterCode } from './words';

/** How the text of one `add` call is laid out on the page. */
export interface TextLayout {
  /** True when a block boundary lies strictly between two offsets. */
  isCut(start: number, end: number): boolean;
  /** False for text that is never read (scripts, form fields, hidden subtrees). */
  isRead(offset: number): boolean;
}

export const ONE_BLOCK: TextLayout = { isCut: () => false, isRead: () => true };

/** The text of one `add` call and what is known about it. */
export interface TextFacts extends TextLayout {
  text: string;
  /** The `(start, end, key)` triples found in the text, sorted. */
  raw: readonly number[];
  /** Per found name: 1 when it sits inside a longer name (it is then no name of its own). */
  embedded: Uint8Array;
  /** Per lower-case word asked about: whether the text writes it in lower case. */
  commonWords: Map<string, boolean>;
}

export function textFacts(text: string, raw: readonly number[], layout: TextLayout): TextFacts {
  return {
    text,
    isCut: layout.isCut,
    isRead: layout.isRead,
    raw,
    embedded: new Uint8Array(raw.length / 3),
    commonWords: new Map(),
  };
}

/** The text as the longer-name rule reads it. */
export function nameContext(facts: TextFacts): NameContext {
  const { text } = facts;
  return {
    text,
    isCut: facts.isCut,
    startsMatch: (start) => foundAt(facts.raw, start, 0) >= 0,
    endsMatch: (end) => {
      const found = foundAt(facts.raw, end, 1);
      return found >= 0 && facts.embedded[found / 3] === 0;
    },
    isCommonWord: (lower) => {
      let common = facts.commonWords.get(lower);
      if (common === undefined) {
        common = containsWord(text, lower);
        facts.commonWords.set(lower, common);
      }
      return common;
    },
  };
}

/** The index in `raw` of the found name whose start (`field` 0) or end (`field` 1) is `offset`, or -1. */
export function foundAt(raw: readonly number[], offset: number, field: 0 | 1): number {
  let low = 0;
  let high = raw.length / 3 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = raw[3 * mid + field]!;
    if (value < offset) low = mid + 1;
    else if (value > offset) high = mid - 1;
    else return 3 * mid;
  }
  return -1;
}

/** True when one of the `[start, end)` pairs (flat, sorted, not overlapping) covers `[start, end)` whole. */
export function isCovered(pairs: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = pairs.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pairs[2 * mid + 1]! <= start) low = mid + 1;
    else if (pairs[2 * mid]! > start) high = mid - 1;
    else return end <= pairs[2 * mid + 1]!;
  }
  return false;
}

/** True when one of the first `count` spans (sorted, not overlapping) overlaps `[start, end)`. */
export function overlapsAny(
  spans: readonly { start: number; end: number }[],
  count: number,
  start: number,
  end: number,
): boolean {
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid]!;
    if (span.end <= start) low = mid + 1;
    else if (span.start >= end) high = mid - 1;
    else return true;
  }
  return false;
}

export function isWholeWordAt(text: string, start: number, end: number): boolean {
  return (
    (start === 0 || !isLetterCode(text.charCodeAt(start - 1))) &&
    (end >= text.length || !isLetterCode(text.charCodeAt(end)))
  );
}

/** True when `lower` stands in the text as a whole word written in lower case. */
function containsWord(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (isWholeWordAt(text, at, at + lower.length)) return true;
  }
  return false;
}
