/**
 * Turns an alias into what the matcher compares: its folded letters with the
 * separators dropped, and the letter-hash of each word prefix, which the
 * scanner uses to decide cheaply whether a page word can start a name.
 */
import { CharKind, charKind, foldLetter } from './char-class';
import { isUrduAcronym } from './urdu-words';

export const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** One step of the word hash over folded letter classes (FNV-1a on classes). */
export function hashStep(hash: number, letterClass: number): number {
  return Math.imul(hash ^ letterClass, HASH_PRIME);
}

export interface AliasKey {
  /** Folded letters, separators dropped: "Khyber-Pakhtunkhwa" -> "khyberpakhtunkhwa". */
  folded: string;
  /** The word boundaries inside `folded` (lengths after each word), e.g. [6, 17]. */
  wordEnds: number[];
  /** An acronym ("PTI", "U.S.") matches only in upper case. */
  caseSensitive: boolean;
}

const MAX_ACRONYM_LETTERS = 6;

/** Folds an alias; returns null when it holds no letters or a character that can never be matched. */
export function aliasKey(alias: string): AliasKey | null {
  let folded = '';
  const wordEnds: number[] = [];
  let letters = 0;
  let allUpper = true;
  let inWord = false;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    const kind = charKind(code);
    if (kind === CharKind.Letter) {
      folded += String.fromCharCode(foldLetter(code));
      letters++;
      const char = String.fromCharCode(code);
      if (char !== char.toUpperCase()) allUpper = false;
      inWord = true;
    } else if (kind === CharKind.Ignore) {
      continue;
    } else if (kind === CharKind.Dot && i + 1 < alias.length && charKind(alias.charCodeAt(i + 1)) === CharKind.Letter) {
      continue; // "U.S" is one word
    } else if (kind === CharKind.Hard) {
      return null;
    } else if (inWord) {
      wordEnds.push(folded.length);
      inWord = false;
    }
  }
  if (inWord) wordEnds.push(folded.length);
  if (folded.length === 0) return null;
  const hasCasedLetter = alias.toLowerCase() !== alias.toUpperCase();
  // Urdu has no capitals; an acronym is spelled in letter names, and links by the same rules.
  const acronym =
    (hasCasedLetter && allUpper && letters <= MAX_ACRONYM_LETTERS) ||
    isUrduAcronym(alias.split(/\s+/u).filter(Boolean));
  return { folded, wordEnds, caseSensitive: acronym };
}
