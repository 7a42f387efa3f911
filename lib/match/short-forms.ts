/**
 * Whom a short form ("Khan", "Sharif", "Imran") refers to: the most recent
 * person on the page whose name carries that word, known to the knowledge base
 * or not. "Khan" after "Hamid Khan" is Hamid Khan, who is not in the knowledge
 * base, so it does not link, even if Imran Khan was named earlier. A known
 * person who does not go by the word ("Bushra Khan" is called "Bushra", not
 * "Khan") is passed over.
 *
 * The page is read once, in order: every name that carries a short form is a
 * bearer of it (`ShortFormBearers.bear`), and every short form used on its own
 * asks for the latest bearer (`ShortFormBearers.referent`). The scanner finds
 * every whole-word occurrence of a short form that no longer known name holds,
 * so the bearers the page names are all seen: a known full name, a known name
 * inside a longer one ("Imran Khan" in "Imran Khan Niazi"), or the short form
 * inside an unknown name ("Hamid Khan").
 */
import { URDU_STOPS, URDU_TITLE_PARTS, URDU_TITLES, startsArabicScript } from './urdu-words';
import { SENTENCE_WORDS, TITLE_WORDS } from './word-lists';
import {
  Gap,
  isAllCaps,
  isCapitalised,
  isCutAfter,
  isCutBefore,
  isLowerCode,
  lowerWord,
  nextWord,
  previousWord,
  type WordSpan,
} from './words';

/** No one: the word's most recent bearer is not in the knowledge base. */
export const NOBODY = -1;
/** Nobody on the page has carried the word yet. */
export const UNSEEN = -2;

const ARTICLES = new Set(['a', 'an', 'the']);

/** The latest bearer of each short form on a page, by the short form's key. */
export class ShortFormBearers {
  /** Per key: the bearer less UNSEEN, so that the zeros of a new array read as UNSEEN. */
  private readonly latest: Int32Array;

  constructor(keyCount: number) {
    this.latest = new Int32Array(keyCount);
  }

  /** A name carrying short form `key` was written: `entity`, or NOBODY for a person the knowledge base does not know. */
  bear(key: number, entity: number): void {
    this.latest[key] = entity - UNSEEN;
  }

  /** The entity the short form `key` refers to now, NOBODY, or UNSEEN. */
  referent(key: number): number {
    return this.latest[key]! + UNSEEN;
  }
}

/**
 * True when a capitalised word that is not a title stands right before or after the word, in the same
 * block: "Hamid Khan", "Khan Niazi". The word is then part of someone's longer name.
 */
export function isInLongerName(
  text: string,
  start: number,
  end: number,
  isCut: (start: number, end: number) => boolean,
): boolean {
  if (startsArabicScript(text.charAt(start))) return isInLongerUrduName(text, start, isCut);
  const previous = previousWord(text, start, 0);
  if (previous && isNamePart(text, previous.word, previous.gap, start, true, isCut)) return true;
  const next = nextWord(text, end, text.length);
  return next !== null && isNamePart(text, next.word, next.gap, end, false, isCut);
}

/**
 * True when the word qualifies a noun after an article ("a Baloch advocacy group", "the Baloch
 * community"): a people or a family, not a person.
 */
export function isAttributive(text: string, start: number, end: number): boolean {
  const previous = previousWord(text, start, 0);
  const next = nextWord(text, end, text.length);
  if (!previous || !next || previous.gap !== Gap.Space || next.gap !== Gap.Space) return false;
  return ARTICLES.has(lowerWord(text, previous.word)) && isLowerCode(text.charCodeAt(next.word.start));
}

/**
 * Urdu writes no capitals: a short form is part of a longer name when an Urdu word stands right before
 * it that is no postposition, conjunction, verb or title ("نواز شریف", "علیمہ خان"; not "کہ خان",
 * "بانی خان").
 */
function isInLongerUrduName(text: string, start: number, isCut: (start: number, end: number) => boolean): boolean {
  const previous = previousWord(text, start, 0);
  if (!previous || previous.gap !== Gap.Space || isCutBefore(isCut, previous.word, start)) return false;
  const word = text.slice(previous.word.start, previous.word.end);
  return startsArabicScript(word) && !URDU_STOPS.has(word) && !URDU_TITLES.has(word) && !URDU_TITLE_PARTS.has(word);
}

function isNamePart(
  text: string,
  word: WordSpan,
  gap: Gap,
  edge: number,
  before: boolean,
  isCut: (start: number, end: number) => boolean,
): boolean {
  if (gap !== Gap.Space || !isCapitalised(text, word) || isAllCaps(text, word)) return false;
  if (before ? isCutBefore(isCut, word, edge) : isCutAfter(isCut, edge, word)) return false;
  const lower = lowerWord(text, word);
  if (TITLE_WORDS.has(lower) || SENTENCE_WORDS.has(lower)) return false;
  // "Khan's" ends the name before what follows
  if (!before && (text.charCodeAt(edge) === 0x27 || text.charCodeAt(edge) === 0x2019)) return false;
  return true;
}
