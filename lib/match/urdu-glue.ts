/**
 * Urdu words that stand together without a space. A letter that does not join
 * the next one (ا د ڈ ذ ر ڑ ز ژ و ے …) looks the same with or without a
 * space after it, so pages often leave the space out: "کوکوئٹہ" is "کو کوئٹہ"
 * (to Quetta), "صدرڈونلڈ ٹرمپ" is "صدر ڈونلڈ ٹرمپ", "پشاورمیں" is "پشاور میں".
 * Only the small closed words that stand beside names are read off this way
 * (postpositions, conjunctions, titles), never an arbitrary split of a word.
 */
import { URDU_STOPS, URDU_TITLES } from './words';

/** Arabic-script letters that join only the letter before them (Unicode Joining_Type R or U). */
const NON_JOINING = new Set([
  0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0688, 0x0691, 0x0698, 0x06c0,
  0x06c3, 0x06d2, 0x06d3,
]);

const isNonJoining = (code: number): boolean => NON_JOINING.has(code);

const endsNonJoining = (word: string): boolean => isNonJoining(word.charCodeAt(word.length - 1));

/** Words a name may follow with no space: they end in a letter that does not join. */
const BEFORE_NAMES = new Set([...URDU_STOPS, ...URDU_TITLES].filter(endsNonJoining));
/** Words that may follow a name with no space when the name ends in a letter that does not join. */
const AFTER_NAMES = URDU_STOPS;

const LONGEST_BEFORE = Math.max(...[...BEFORE_NAMES].map((w) => w.length));
const LONGEST_AFTER = Math.max(...[...AFTER_NAMES].map((w) => w.length));

const ARABIC_FIRST = 0x0600;
const ARABIC_LAST = 0x06ff;

/** True for a code unit of the Arabic block, where Urdu is written. */
export function isArabicCode(code: number): boolean {
  return code >= ARABIC_FIRST && code <= ARABIC_LAST;
}

/**
 * The lengths of the words glued at the start of the word `[start, end)` after which a name may start,
 * shortest first: "کو" in "کوکوئٹہ". Empty for most words.
 */
export function gluedPrefixes(text: string, start: number, end: number): number[] {
  const lengths: number[] = [];
  for (let length = 2; length <= LONGEST_BEFORE && start + length < end; length++) {
    if (isNonJoining(text.charCodeAt(start + length - 1)) && BEFORE_NAMES.has(text.slice(start, start + length))) lengths.push(length);
  }
  return lengths;
}

/**
 * The length of a postposition or conjunction glued at the end of the word `[start, end)` after a letter
 * that does not join ("میں" in "پشاورمیں"), or 0.
 */
export function gluedSuffix(text: string, start: number, end: number): number {
  for (let length = 2; length <= LONGEST_AFTER && end - length > start; length++) {
    if (isNonJoining(text.charCodeAt(end - length - 1)) && AFTER_NAMES.has(text.slice(end - length, end))) return length;
  }
  return 0;
}

/**
 * True when a name that ends at `end` is followed, with no space, by a postposition or conjunction
 * that ends the word: "پشاورمیں". The name's last letter must not join the next one.
 * @param next - where the letters after the name start (`end`, or after joiners)
 */
export function endsBeforeGluedWord(text: string, end: number, next: number, limit: number): boolean {
  const last = text.charCodeAt(end - 1);
  // Most names are Latin: one comparison sends them back.
  if (last < ARABIC_FIRST || !isNonJoining(last)) return false;
  for (let length = 2; length <= LONGEST_AFTER && next + length <= limit; length++) {
    if (AFTER_NAMES.has(text.slice(next, next + length)) && !isArabicLetterAt(text, next + length, limit)) return true;
  }
  return false;
}

function isArabicLetterAt(text: string, at: number, limit: number): boolean {
  if (at >= limit) return false;
  const code = text.charCodeAt(at);
  return isArabicCode(code) && code !== 0x060c && code !== 0x061f && code !== 0x06d4 && code !== 0x061b;
}
