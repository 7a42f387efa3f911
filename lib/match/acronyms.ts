/**
 * What a page says about an acronym: a definition ("Full Name (ACR)" or
 * "ACR (Full Name)"), and whether one occurrence is a wire or photo credit
 * rather than a mention ("NEW DELHI (PTI)", ", PTI reported", "Photo: AFP").
 */
import { URDU_LETTER_NAMES, startsArabicScript } from './urdu-words';
import { CONNECTOR_WORDS } from './word-lists';
import {
  isAllCaps,
  isLetterCode,
  kindOf,
  lowerWord,
  previousWord,
  nextWord,
  wordEnd,
  wordStart,
  type WordSpan,
} from './words';
import { CharKind } from './char-class';

export interface AcronymDefinition {
  /** The expansion, `[start, end)` in the text. */
  start: number;
  end: number;
}

const OPEN = 0x28;
const CLOSE = 0x29;
/** How many words an expansion may have beyond one per letter (connectors and particles). */
const EXTRA_WORDS = 3;

/** The letters of an acronym as written ("U.S." -> "US", "PML-N" -> "PMLN"), upper-case. */
export function acronymLetters(acronym: string): string {
  let letters = '';
  for (let i = 0; i < acronym.length; i++) if (isLetterCode(acronym.charCodeAt(i))) letters += acronym.charAt(i);
  return letters.toUpperCase();
}

/**
 * True when the initials of `words` (connectors and izafat particles skipped, hyphenated parts counted
 * as words) spell `letters`. A word may also give its first two letters to the acronym ("Khyber
 * Pakhtunkhwa" does not need that; "Pakistan Muslim League" does not either, but "Balochistan" for "BL" would).
 */
export function initialsSpell(text: string, words: readonly WordSpan[], letters: string): boolean {
  const significant = words.filter((w) => !CONNECTOR_WORDS.has(lowerWord(text, w)) || w.end - w.start > 3);
  let at = 0;
  for (const word of significant) {
    const initial = text[word.start]!.toUpperCase();
    if (letters[at] !== initial) return false;
    at++;
    // Inner capitals ("PakTurk") may give more letters.
    for (let i = word.start + 1; i < word.end && at < letters.length; i++) {
      const char = text[i]!;
      if (char !== char.toUpperCase() || char === char.toLowerCase()) continue;
      if (letters[at] === char) at++;
    }
  }
  return at === letters.length && significant.length > 0;
}

/** Words before `end` (the opening parenthesis), back to a sentence mark or `max` words. */
function wordsBefore(text: string, end: number, max: number): WordSpan[] {
  const found: WordSpan[] = [];
  let position = end;
  while (found.length < max) {
    const previous = previousWord(text, position, 0);
    if (!previous || previous.gap === 3) {
      if (previous && found.length === 0) found.unshift(previous.word);
      break;
    }
    found.unshift(previous.word);
    position = previous.word.start;
  }
  return found;
}

/** Where a text opens parentheses, by what they hold ("(PTI)") and by the word right before them ("PTI ("). */
export interface Parentheses {
  /** Short text in parentheses -> offsets of the "(". */
  holding: Map<string, number[]>;
  /** Word right before " (" -> offsets of that word. */
  after: Map<string, number[]>;
}

const MAX_INSIDE = 12;

/** Indexes every opening parenthesis of the text in one pass. */
export function indexParentheses(text: string): Parentheses {
  const holding = new Map<string, number[]>();
  const after = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (list) list.push(at);
    else map.set(key, [at]);
  };
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const close = text.indexOf(')', at + 1);
    if (close > at + 1 && close - at - 1 <= MAX_INSIDE) push(holding, text.slice(at + 1, close), at);
    if (at >= 2 && text.charCodeAt(at - 1) === 0x20 && isLetterCode(text.charCodeAt(at - 2))) {
      const start = wordStart(text, at - 1, 0);
      push(after, text.slice(start, at - 1), start);
    }
  }
  return { holding, after };
}

/** Expansions of `acronym` that the text defines, each `[start, end)`. */
export function findDefinitions(
  text: string,
  acronym: string,
  parentheses: Parentheses = indexParentheses(text),
): AcronymDefinition[] {
  const letters = acronymLetters(acronym);
  const definitions: AcronymDefinition[] = [];
  const maxWords = letters.length + EXTRA_WORDS;
  // "Full Name (ACR)"
  for (const at of parentheses.holding.get(acronym) ?? []) {
    const candidates = wordsBefore(text, at, maxWords);
    for (let from = 0; from < candidates.length; from++) {
      const words = candidates.slice(from);
      if (initialsSpell(text, words, letters)) {
        definitions.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
        break;
      }
    }
  }
  // "ACR (Full Name)"
  for (const at of parentheses.after.get(acronym) ?? []) {
    const open = at + acronym.length + 1;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > 120) continue;
    const words: WordSpan[] = [];
    for (let i = open + 1; i < close;) {
      if (kindOf(text.charCodeAt(i)) === CharKind.Letter) {
        const end = wordEnd(text, i, close);
        words.push({ start: i, end });
        i = end;
      } else i++;
    }
    if (words.length > 0 && words.length <= maxWords && initialsSpell(text, words, letters)) {
      definitions.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    }
  }
  return definitions;
}

/** True when a currency sign or a digit follows the acronym directly ("US$60", "F16"): it is part of another token. */
export function isGluedToSymbol(text: string, end: number): boolean {
  const code = text.charCodeAt(end);
  if (code === 0x24 || (code >= 0x30 && code <= 0x39)) return true;
  // "NA-130": a constituency or a code
  const digit = text.charCodeAt(end + 1);
  return code === 0x2d && digit >= 0x30 && digit <= 0x39;
}

const CREDIT_VERBS = new Set(['reported', 'reports', 'reporting']);
const CREDIT_LABELS = new Set([
  'photo',
  'photos',
  'photograph',
  'image',
  'images',
  'picture',
  'file',
  'source',
  'sources',
  'courtesy',
  'credit',
  'via',
  'inputs',
  'agencies',
  'video',
]);

/**
 * True when the acronym at `[start, end)` credits a news agency rather than names something in the
 * story: a dateline ("NEW DELHI (PTI)"), a parenthesis alone at the end of a paragraph, "…, PTI reported",
 * a photo or source line ("Photo: AFP", "AFP Photo", "Reuters/AFP", "with inputs from PTI").
 */
export function isCredit(
  text: string,
  start: number,
  end: number,
  isCut: (start: number, end: number) => boolean,
): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  // On the same line: no block boundary anywhere in the gap `[from, to]`, its ends included, and no line break.
  const onLine = (word: { word: WordSpan } | null, from: number, to: number): word is { word: WordSpan } =>
    word !== null && !isCut(from - 1, to + 1) && !hasLineBreak(text, from, to);
  if (before === OPEN && after === CLOSE) {
    const previous = previousWord(text, start - 1, 0);
    // A dateline: "NEW DELHI (PTI)", "Islamabad, Jan 16 (PTI)".
    if (
      !onLine(previous, previous?.word.end ?? 0, start) ||
      isAllCaps(text, previous.word) ||
      isNumber(text, previous.word) ||
      lineEndsAt(text, end + 1)
    )
      return true;
  }
  if (before === 0x2f || after === 0x2f) return true; // "Reuters/AFP"
  const next = nextWord(text, end, text.length);
  if (onLine(next, end, next?.word.start ?? end)) {
    const word = lowerWord(text, next.word);
    if (CREDIT_VERBS.has(word) || word === 'photo') return true;
  }
  const previous = previousWord(text, start, 0);
  if (!onLine(previous, previous?.word.end ?? 0, start)) return false;
  if (CREDIT_LABELS.has(lowerWord(text, previous.word))) return true;
  if (lowerWord(text, previous.word) === 'from' && isCreditFrom(text, previous.word)) return true;
  // "— AFP" closing a paragraph
  if (lineEndsAt(text, end) && isDashBefore(text, start)) return true;
  return false;
}

function isNumber(text: string, word: WordSpan): boolean {
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
  }
  return false;
}

function isCreditFrom(text: string, from: WordSpan): boolean {
  const before = previousWord(text, from.start, 0);
  return before !== null && lowerWord(text, before.word) === 'inputs';
}

function isDashBefore(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - 3; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x2014 || code === 0x2013 || code === 0x2d) return true;
    if (code !== 0x20 && code !== 0xa0) return false;
  }
  return false;
}

/** True when only spaces and closing punctuation lie between `offset` and the end of its line. */
function lineEndsAt(text: string, offset: number): boolean {
  for (let i = offset; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) return true;
    if (code === 0x20 || code === 0xa0 || code === 0x2e || code === CLOSE) continue;
    return false;
  }
  return true;
}

const NEAR = 3;

/**
 * True when an Urdu acronym has another letter name right before or after it, across a space or a
 * bracket: it is part of a longer acronym ("اے پی" in "ٹی ٹی اے پی").
 */
export function isInLongerUrduAcronym(text: string, start: number, end: number): boolean {
  if (!startsArabicScript(text.charAt(start))) return false;
  const previous = previousWord(text, start, 0);
  if (
    previous &&
    start - previous.word.end <= NEAR &&
    isLetterNameOnly(text.slice(previous.word.start, previous.word.end))
  )
    return true;
  const next = nextWord(text, end, text.length);
  return next !== null && next.word.start - end <= NEAR && isLetterNameOnly(text.slice(next.word.start, next.word.end));
}

/** Letter names that are also everyday Urdu words ("کے" of, "سی" like, "اے" O): no sign of a longer acronym. */
const EVERYDAY_WORDS = new Set(['کے', 'سی', 'اے', 'او', 'ای', 'بی']);

function isLetterNameOnly(word: string): boolean {
  return URDU_LETTER_NAMES.has(word) && !EVERYDAY_WORDS.has(word);
}
