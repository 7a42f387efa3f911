/**
 * Whom a short form ("Khan", "Sharif", "Imran") refers to: the most recent
 * person on the page whose name carries that word, known to the knowledge base
 * or not. "Khan" after "Hamid Khan" is Hamid Khan, who is not in the knowledge
 * base, so it does not link, even if Imran Khan was named earlier.
 */
import { Gap, SENTENCE_WORDS, TITLE_WORDS, isAllCaps, isCapitalised, isLowerCode, lowerWord, nextWord, previousWord, startsSentence, type WordSpan } from './words';

const ARTICLES = new Set(['a', 'an', 'the']);

/** A found full name on the page: `[start, end)` and its entity. */
export interface FullName {
  start: number;
  end: number;
  entity: number;
}

/** No one: the word's most recent bearer is not in the knowledge base (or nobody bears it yet). */
export const NOBODY = -1;
/** The page has not named anyone with this word in this text: ask what was decided before it. */
export const UNSEEN = -2;

interface Remembered {
  /** Offset in the current text up to which the word was searched. */
  searchedTo: number;
  referent: number;
}

/** Finds short-form referents in one text, searching back from each occurrence and remembering what it found. */
export class ShortFormReferents {
  private readonly remembered = new Map<string, Remembered>();

  constructor(
    private readonly text: string,
    /** Full names decided in this text, sorted by start. */
    private readonly fullNames: readonly FullName[],
    private readonly isCut: (start: number, end: number) => boolean,
  ) {}

  /**
   * The entity that the short form at `[start, end)` refers to, `NOBODY`, or `UNSEEN` when no one in
   * this text carries the word before it.
   * @param isCalled - true for an entity that goes by this short form; a known person who does not
   *   ("Bushra Khan" is not called "Khan") is passed over
   */
  referentAt(start: number, end: number, isCalled: (entity: number) => boolean): number {
    const text = this.text;
    const word = text.slice(start, end);
    const memory = this.remembered.get(word);
    let referent = UNSEEN;
    const floor = memory?.searchedTo ?? 0;
    for (let at = text.lastIndexOf(word, start - 1); at >= floor; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
      const found = this.bearerAt(at, at + word.length, isCalled);
      if (found !== UNSEEN) {
        referent = found;
        break;
      }
    }
    if (referent === UNSEEN && memory) referent = memory.referent;
    this.remembered.set(word, { searchedTo: end, referent });
    return referent;
  }

  /** Who bears the word written at `[start, end)`: a known full name's entity, NOBODY for an unknown name, UNSEEN if it is not part of a name. */
  private bearerAt(start: number, end: number, isCalled: (entity: number) => boolean): number {
    const text = this.text;
    if (!this.isWholeWord(start, end)) return UNSEEN;
    const known = this.fullNameCovering(start, end);
    if (known) return isCalled(known.entity) ? known.entity : UNSEEN;
    return this.isInLongerName(start, end) ? NOBODY : UNSEEN;
  }

  /** No letter right before or after, or a block boundary there ("…Khan" ending a heading glued to the next block). */
  private isWholeWord(start: number, end: number): boolean {
    const text = this.text;
    const before = start === 0 || !isWordCode(text.charCodeAt(start - 1)) || this.isCut(start - 1, start + 1);
    const after = end >= text.length || !isWordCode(text.charCodeAt(end)) || this.isCut(end - 1, end + 1);
    return before && after;
  }

  private fullNameCovering(start: number, end: number): FullName | null {
    const names = this.fullNames;
    let low = 0;
    let high = names.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const name = names[mid]!;
      if (name.end <= start) low = mid + 1;
      else if (name.start > start) high = mid - 1;
      else return name.end >= end ? name : null;
    }
    return null;
  }

  /** True when a capitalised word that is not a title stands right before or after the word: "Hamid Khan", "Khan Niazi". */
  isInLongerName(start: number, end: number): boolean {
    const text = this.text;
    const previous = previousWord(text, start, 0);
    if (previous && this.isNamePart(previous.word, previous.gap, start, true)) return true;
    const next = nextWord(text, end, text.length);
    return next !== null && this.isNamePart(next.word, next.gap, end, false);
  }

  /**
   * True when the word qualifies a noun after an article ("a Baloch advocacy group", "the Baloch
   * community"): a people or a family, not a person.
   */
  isAttributive(start: number, end: number): boolean {
    const text = this.text;
    const previous = previousWord(text, start, 0);
    const next = nextWord(text, end, text.length);
    if (!previous || !next || previous.gap !== Gap.Space || next.gap !== Gap.Space) return false;
    return ARTICLES.has(lowerWord(text, previous.word)) && isLowerCode(text.charCodeAt(next.word.start));
  }

  private isNamePart(word: WordSpan, gap: Gap, edge: number, before: boolean): boolean {
    const text = this.text;
    if (gap !== Gap.Space || !isCapitalised(text, word) || isAllCaps(text, word)) return false;
    if (before ? this.isCut(word.start, edge) : this.isCut(edge, word.end)) return false;
    const lower = lowerWord(text, word);
    if (TITLE_WORDS.has(lower) || SENTENCE_WORDS.has(lower)) return false;
    if (before && startsSentence(text, word.start, 0) && SENTENCE_WORDS.has(lower)) return false;
    // "Khan's" ends the name before what follows
    if (!before && (text.charCodeAt(edge) === 0x27 || text.charCodeAt(edge) === 0x2019)) return false;
    return true;
  }
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
function isWordCode(code: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(code));
}
