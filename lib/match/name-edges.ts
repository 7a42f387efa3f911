/**
 * The first look at a found name's edges, from a character or two on each side and without a copy: most
 * names stand among lower-case words, and only the others are read word by word (`embedded.ts`).
 */
import { CONNECTOR_WORDS } from './word-lists';
import { isLetterCode } from './words';

/** The longest small word that joins a longer name ("bint"). */
export const LONGEST_JOINING_WORD = 4;

const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/**
 * False when nothing after the name can continue it, read from a character or two without a copy: a
 * space and a lower-case letter (most names), or anything but a hyphen, an opening parenthesis or the
 * full stop of an initialism ("U.S. Air Force") right after it.
 */
export function mayContinueRight(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === SPACE || next === NO_BREAK_SPACE) {
    const after = text.charCodeAt(end + 1);
    return !(after >= LOWER_A && after <= LOWER_Z);
  }
  if (next === FULL_STOP) return text.lastIndexOf('.', end - 1) > start;
  return next === OPENING_PARENTHESIS || next === 0x2d || next === 0x2010 || next === 0x2011;
}

const FULL_STOP = 0x2e;
const OPENING_PARENTHESIS = 0x28;

/**
 * False when nothing before the name can make it part of a longer one: a sentence mark or the start of
 * the text right before it, a space after a sentence mark, or a space after a lower-case word too long to join
 * names ("bint" is the longest).
 */
export function mayContinueLeft(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (
    start === 0 ||
    before === 0x2c ||
    before === 0x3b ||
    before === 0x0a ||
    before === 0x28 ||
    before === 0x22 ||
    before === 0x201c
  )
    return false;
  if (before !== SPACE && before !== NO_BREAK_SPACE) return true;
  let i = start - 2;
  while (i >= 0 && text.charCodeAt(i) >= LOWER_A && text.charCodeAt(i) <= LOWER_Z) i--;
  const length = start - 2 - i;
  if (i >= 0 && isLetterCode(text.charCodeAt(i))) return true;
  // "…the talks. Imran Khan": a space after anything but a word, a space or a hyphen ends the look.
  if (length === 0) return i >= 0 && isSpaceOrHyphen(text.charCodeAt(i));
  // A lower-case ASCII word: only a joining word ("of", "bin", "and", "for") continues a name.
  return length <= LONGEST_JOINING_WORD && JOINING_LEFT.has(packedWord(text, i + 1, start - 1));
}

function isSpaceOrHyphen(code: number): boolean {
  return (
    code === SPACE || code === NO_BREAK_SPACE || code === 0x09 || code === 0x2d || code === 0x2010 || code === 0x2011
  );
}

/**
 * A short lower-case ASCII word as a number, five bits a letter: most names follow a short word, and it is
 * looked up without being cut out of the text.
 */
function packedWord(text: string, start: number, end: number): number {
  let packed = 0;
  for (let i = start; i < end; i++) packed = packed * 32 + (text.charCodeAt(i) - 0x60);
  return packed;
}

const JOINING_LEFT = new Set(
  [...CONNECTOR_WORDS, 'and', 'for']
    .filter((word) => /^[a-z]+$/.test(word))
    .map((word) => packedWord(word, 0, word.length)),
);
