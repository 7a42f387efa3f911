/**
 * Urdu words that stand together without a space. A letter that does not join
 * the next one (ا د ڈ ذ ر ڑ ز ژ و ے …) looks the same with or without a
 * space after it, so pages often leave the space out: "کوکوئٹہ" is "کو کوئٹہ"
 * (to Quetta), "صدرڈونلڈ ٹرمپ" is "صدر ڈونلڈ ٹرمپ", "پشاورمیں" is "پشاور میں".
 * Only the small closed words that stand beside names are read off this way
 * (postpositions, conjunctions, titles), never an arbitrary split of a word.
 */
import { URDU_TITLES } from './urdu-words';

/** Arabic-script letters that join only the letter before them (Unicode Joining_Type R or U). */
const NON_JOINING = new Set([
  0x0621, 0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648, 0x0671, 0x0688,
  0x0691, 0x0698, 0x06c0, 0x06c3, 0x06d2, 0x06d3,
]);

const isNonJoining = (code: number): boolean => NON_JOINING.has(code);

const endsNonJoining = (word: string): boolean => isNonJoining(word.charCodeAt(word.length - 1));

/** Postpositions and conjunctions, the words pages run into a name. */
const SMALL_WORDS = ['کے', 'کی', 'کا', 'نے', 'کو', 'سے', 'میں', 'پر', 'اور', 'یا', 'تک', 'بھی'];
/** Words a name may follow with no space: they end in a letter that does not join. */
const BEFORE_NAMES = [...new Set([...SMALL_WORDS, ...URDU_TITLES])].filter(endsNonJoining);
/** Words that may follow a name with no space when the name ends in a letter that does not join. */
const AFTER_NAMES = SMALL_WORDS;

const pair = (a: number, b: number): number => (a << 16) | b;

/** The words by their first two letters: most Urdu words start with no such pair, and are passed over at once. */
const BEFORE_BY_FIRST_PAIR = groupBy(BEFORE_NAMES, (word) => pair(word.charCodeAt(0), word.charCodeAt(1)));
/** The words by their last two letters. */
const AFTER_BY_LAST_PAIR = groupBy(AFTER_NAMES, (word) =>
  pair(word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1)),
);

function groupBy(words: readonly string[], keyOf: (word: string) => number): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    if (word.length < 2) continue;
    const key = keyOf(word);
    groups.set(key, [...(groups.get(key) ?? []), word]);
  }
  return groups;
}

/** A flag per pair of Arabic-block letters (their low bytes): one read rules out most words before any look-up. */
function pairFlags(groups: Map<number, string[]>): Uint8Array {
  const flags = new Uint8Array(65536);
  for (const key of groups.keys()) flags[lowPair(key >>> 16, key & 0xffff)] = 1;
  return flags;
}

const lowPair = (a: number, b: number): number => ((a & 0xff) << 8) | (b & 0xff);

const BEFORE_FIRST_PAIRS = pairFlags(BEFORE_BY_FIRST_PAIR);
const AFTER_LAST_PAIRS = pairFlags(AFTER_BY_LAST_PAIR);

/** True when the Arabic-script word `[start, end)` may have a small word glued to its start or its end. */
export function mayBeGlued(text: string, start: number, end: number): boolean {
  return (
    end - start > 2 &&
    (BEFORE_FIRST_PAIRS[lowPair(text.charCodeAt(start), text.charCodeAt(start + 1))] === 1 ||
      AFTER_LAST_PAIRS[lowPair(text.charCodeAt(end - 2), text.charCodeAt(end - 1))] === 1)
  );
}

/** The Arabic block, where Urdu is written. */
export const ARABIC_FIRST = 0x0600;
export const ARABIC_LAST = 0x06ff;

const isArabicCode = (code: number): boolean => code >= ARABIC_FIRST && code <= ARABIC_LAST;

/**
 * The lengths of the words glued at the start of the word `[start, end)` after which a name may start
 * ("کو" in "کوکوئٹہ"), as a bit mask: bit `n` for length `n`. 0 for most words.
 */
export function gluedPrefixes(text: string, start: number, end: number): number {
  const words = BEFORE_BY_FIRST_PAIR.get(pair(text.charCodeAt(start), text.charCodeAt(start + 1)));
  if (words === undefined) return 0;
  let lengths = 0;
  for (const word of words) {
    if (start + word.length < end && text.startsWith(word, start)) lengths |= 1 << word.length;
  }
  return lengths;
}

/**
 * The length of a postposition or conjunction glued at the end of the word `[start, end)` after a letter
 * that does not join ("میں" in "پشاورمیں"), or 0.
 */
export function gluedSuffix(text: string, start: number, end: number): number {
  const words = AFTER_BY_LAST_PAIR.get(pair(text.charCodeAt(end - 2), text.charCodeAt(end - 1)));
  if (words === undefined) return 0;
  for (const word of words) {
    const at = end - word.length;
    if (at > start && isNonJoining(text.charCodeAt(at - 1)) && text.startsWith(word, at)) return word.length;
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
  for (const word of AFTER_NAMES) {
    if (
      next + word.length <= limit &&
      text.startsWith(word, next) &&
      !isArabicLetterAt(text, next + word.length, limit)
    )
      return true;
  }
  return false;
}

function isArabicLetterAt(text: string, at: number, limit: number): boolean {
  if (at >= limit) return false;
  const code = text.charCodeAt(at);
  return isArabicCode(code) && code !== 0x060c && code !== 0x061f && code !== 0x06d4 && code !== 0x061b;
}
