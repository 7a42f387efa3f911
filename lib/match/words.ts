/**
 * Word-level reading of raw page text for the linking rules: where a word
 * starts and ends, whether it is capitalised, and the small closed word lists
 * (titles, connectors, head nouns) that tell a name's edges. Everything works
 * on offsets into the text, with no copy of it.
 */
import { CharKind, charKind } from './char-class';

const UNKNOWN = 0;
const UPPER = 1;
const LOWER = 2;
const UNCASED = 3;

/** Per code unit: its `CharKind`, and its case (0 until first asked). */
const kinds = new Uint8Array(65536);
const cases = new Uint8Array(65536);

export function kindOf(code: number): number {
  let kind = kinds[code]!;
  if (kind === 0) {
    kind = charKind(code);
    kinds[code] = kind;
  }
  return kind;
}

function caseOf(code: number): number {
  let c = cases[code]!;
  if (c === UNKNOWN) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    c = lower === upper ? UNCASED : char === upper ? UPPER : LOWER;
    cases[code] = c;
  }
  return c;
}

export const isUpperCode = (code: number): boolean => caseOf(code) === UPPER;
export const isLowerCode = (code: number): boolean => caseOf(code) === LOWER;
export const isLetterCode = (code: number): boolean => kindOf(code) === CharKind.Letter;

/** A word of the text: `[start, end)`. */
export interface WordSpan {
  start: number;
  end: number;
}

/**
 * The end of the word that starts at `start` (a letter): letters, digits, marks and joiners, and a full
 * stop between two letters ("U.S").
 */
export function wordEnd(text: string, start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === CharKind.Letter || kind === CharKind.Ignore) i++;
    else if (kind === CharKind.Dot && i + 1 < limit && kindOf(text.charCodeAt(i + 1)) === CharKind.Letter) i++;
    else break;
  }
  return i;
}

/** The start of the word that ends at `end` (exclusive; the character before it is a letter). */
export function wordStart(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor) {
    const kind = kindOf(text.charCodeAt(i - 1));
    if (kind === CharKind.Letter || kind === CharKind.Ignore) i--;
    else if (
      kind === CharKind.Dot &&
      i - 2 >= floor &&
      kindOf(text.charCodeAt(i - 2)) === CharKind.Letter &&
      kindOf(text.charCodeAt(i)) === CharKind.Letter
    )
      i--;
    else break;
  }
  return i;
}

/** What lies between two neighbouring words. */
export const Gap = {
  /** Spaces or tabs only, on one line. */
  Space: 1,
  /** A hyphen (with or without spaces). */
  Hyphen: 2,
  /** Anything else: punctuation, a line break, a possessive, nothing at all. */
  Other: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);
const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x02bc]);

function gapKind(text: string, from: number, to: number): Gap {
  if (to <= from) return Gap.Other;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || code === 0x09) continue;
    if (HYPHENS.has(code)) hyphens++;
    else return Gap.Other;
  }
  return hyphens === 0 ? Gap.Space : hyphens === 1 ? Gap.Hyphen : Gap.Other;
}

const MAX_GAP = 4;

/** The word right after `end` (across at most a short gap), with the gap's kind; null at `limit` or a longer gap. */
export function nextWord(text: string, end: number, limit: number): { word: WordSpan; gap: Gap } | null {
  let i = end;
  while (i < limit && i - end <= MAX_GAP && kindOf(text.charCodeAt(i)) !== CharKind.Letter) i++;
  if (i >= limit || i - end > MAX_GAP) return null;
  return { word: { start: i, end: wordEnd(text, i, limit) }, gap: gapKind(text, end, i) };
}

/** The word right before `start` (across at most a short gap), with the gap's kind; null at `floor` or a longer gap. */
export function previousWord(text: string, start: number, floor: number): { word: WordSpan; gap: Gap } | null {
  let i = start;
  while (i > floor && start - i <= MAX_GAP && kindOf(text.charCodeAt(i - 1)) !== CharKind.Letter) i--;
  if (i <= floor || start - i > MAX_GAP) return null;
  return { word: { start: wordStart(text, i, floor), end: i }, gap: gapKind(text, i, start) };
}

type IsCut = (start: number, end: number) => boolean;

/**
 * True when a block boundary parts `word` from what starts at `start` after it: a boundary in the word (which
 * then reads as one word across two blocks), in the gap, or right at `start` (a boundary sits before the
 * character at its offset).
 * @param isCut - true when a block boundary lies strictly between two offsets
 */
export function isCutBefore(isCut: IsCut, word: WordSpan, start: number): boolean {
  return isCut(word.start, start + 1);
}

/** True when a block boundary parts what ends at `end` from `word` after it: right at `end`, in the gap, or in the word. */
export function isCutAfter(isCut: IsCut, end: number, word: WordSpan): boolean {
  return isCut(end - 1, word.end);
}

/** True when the word is followed by a possessive ("Khan’s", "Khan's", "Abbas'"). */
export function hasPossessive(text: string, end: number, limit: number): boolean {
  return end < limit && APOSTROPHES.has(text.charCodeAt(end));
}

/** Capitalised: starts with an upper-case letter. */
export function isCapitalised(text: string, word: WordSpan): boolean {
  return isUpperCode(text.charCodeAt(word.start));
}

/** Every cased letter upper-case, at least one of them, and at least two letters: "PTI", "ISLAMABAD" (never an uncased script). */
export function isAllCaps(text: string, word: WordSpan): boolean {
  if (word.end - word.start < 2) return false;
  let upper = false;
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (isLowerCode(code)) return false;
    upper ||= isUpperCode(code);
  }
  return upper;
}

export function lowerWord(text: string, word: WordSpan): string {
  return text.slice(word.start, word.end).toLowerCase();
}

/**
 * True when `start` begins a sentence: nothing but spaces and opening quotes since a sentence end,
 * a line break, a colon or `floor`.
 */
export function startsSentence(text: string, start: number, floor: number): boolean {
  for (let i = start - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (
      code === 0x20 ||
      code === 0xa0 ||
      code === 0x09 ||
      code === 0x22 ||
      code === 0x201c ||
      code === 0x2018 ||
      code === 0x28
    )
      continue;
    return (
      code === 0x2e ||
      code === 0x21 ||
      code === 0x3f ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x3a ||
      code === 0x2014 ||
      code === 0x2013 ||
      code === 0x2d ||
      code === 0x7c ||
      code === 0x2026
    );
  }
  return true;
}
