/**
 * How the matcher sees a single UTF-16 code unit of page text.
 *
 * Letters and digits are folded (case, Latin diacritics, Arabic-script letter
 * variants) so that "Shehbaz", "SHEHBAZ" and "Shèhbaz" meet the same alias.
 * Separators (spaces, hyphens, apostrophes) are skipped inside a name and end a
 * word, which is what makes "Khyber-Pakhtunkhwa", "Khyber Pakhtunkhwa" and
 * "KhyberPakhtunkhwa" one name and "Khan’s" a whole-word "Khan".
 */

export const CharKind = {
  /** Part of a word: letters and digits of any script. */
  Letter: 1,
  /** Skipped inside a name, ends a word: white space, hyphens, apostrophes. */
  Soft: 2,
  /** A full stop: soft between letters ("U.S."), a hard stop before a space. */
  Dot: 3,
  /** Ends a name: every other punctuation mark or symbol. */
  Hard: 4,
  /** Invisible inside a word: combining marks, joiners, tatweel, soft hyphen. */
  Ignore: 5,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

const SOFT_CHARS = new Set([
  0x27,
  0x2019,
  0x2018,
  0x02bc,
  0x60,
  0xb4,
  0x2032, // apostrophes and primes
  0x2d,
  0x2010,
  0x2011,
  0x2012,
  0x2013,
  0x2212,
  0xfe63,
  0xff0d, // hyphens, en dash, minus
  0x200b, // zero-width space: a word break without a visible gap
]);
const IGNORED_CHARS = new Set([0x200c, 0x200d, 0x0640, 0xad, 0xfeff, 0x2060]);

/** Arabic-script letters typed with Arabic code points where Urdu uses its own. */
const ARABIC_SCRIPT_FOLDS = new Map<number, number>([
  [0x064a, 0x06cc], // ARABIC YEH -> FARSI YEH
  [0x0649, 0x06cc], // ALEF MAKSURA -> FARSI YEH
  [0x0643, 0x06a9], // ARABIC KAF -> KEHEH
  [0x0647, 0x06c1], // HEH -> HEH GOAL
  [0x06c0, 0x06c1], // HEH WITH YEH ABOVE -> HEH GOAL
  [0x0629, 0x06c3], // TEH MARBUTA -> TEH MARBUTA GOAL
]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;

/** Kind of one code unit. Surrogates (emoji, rare scripts) are hard stops. */
export function charKind(code: number): CharKind {
  if (code >= 0xd800 && code <= 0xdfff) return CharKind.Hard;
  if (SOFT_CHARS.has(code)) return CharKind.Soft;
  if (IGNORED_CHARS.has(code)) return CharKind.Ignore;
  if (code === 0x2e) return CharKind.Dot;
  const char = String.fromCharCode(code);
  if (LETTER_OR_DIGIT.test(char)) return CharKind.Letter;
  if (MARK.test(char)) return CharKind.Ignore;
  if (SPACE.test(char)) return CharKind.Soft;
  return CharKind.Hard;
}

/** The folded form of a letter or digit: lower case, without diacritics, one code unit. */
export function foldLetter(code: number): number {
  const arabic = ARABIC_SCRIPT_FOLDS.get(code);
  if (arabic !== undefined) return arabic;
  const base = String.fromCharCode(code).normalize('NFKD').charAt(0).toLowerCase().charCodeAt(0);
  return ARABIC_SCRIPT_FOLDS.get(base) ?? base;
}
