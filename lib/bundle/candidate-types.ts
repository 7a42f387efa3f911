/** What the proposal code passes around: an occurrence of a name the registry lacks and what it was read with. */

export type ProposedType = 'person' | 'group' | 'place';

export interface TypeVotes {
  person: number;
  group: number;
  place: number;
}

/** One occurrence of a name the registry lacks. */
export interface NameOccurrence {
  /** The name as written, without titles or a possessive. */
  text: string;
  acronym: boolean;
  /** Its sentence, for the curator. */
  sentence: string;
  /** True when nothing but the name's sentence start stands before it, and no possessive follows it. */
  sentenceInitial: boolean;
  votes: TypeVotes;
  /** An appositive or title from the article's own words, or null. */
  role: string | null;
  /** For a short form or a defined acronym: the full name it stands for in this article. */
  fullName: string | null;
  /** Its block, and offsets in it. */
  block: number;
  start: number;
  end: number;
  /** Part of an acronym's expansion in the same article: not a name of its own. */
  insideExpansion?: boolean;
  /** A lower-case head word right after the name ("Adiala jail"), or null. */
  headAfter: string | null;
}

/** A known mention of the block, as the matcher found it. */
export interface KnownSpan {
  start: number;
  end: number;
  entity: number;
}

export interface ArticleBlocks {
  /** Headline first, then paragraphs. */
  blocks: readonly string[];
  /** Known mentions per block. */
  known: readonly (readonly KnownSpan[])[];
}

export interface CandidateContext {
  /** Folded names that the registry lists as no entity, and every known alias and short form. */
  ignored: ReadonlySet<string>;
  /** Folded words of the names of known entities: a lone "Munir" after a known "Asim Munir" is that person. */
  knownWordsOf: (entity: number) => readonly string[];
  /** Folded lower-case words seen so far: a capitalised word that also occurs in lower case opens a sentence. */
  lowerVocabulary: ReadonlySet<string>;
  /** The type of the known entity that `text` names in full, or null. */
  knownType: (text: string) => ProposedType | null;
  /** The type of a known entity, by index. */
  typeOfEntity: (entity: number) => ProposedType;
}

/** Folds a name for comparison: NFKC, lower case, one kind of apostrophe, single spaces. */
export function foldName(text: string): string {
  // Most names are plain ASCII with single spaces: skip the normalisations they do not need.
  // eslint-disable-next-line no-control-regex -- the ASCII range, from NUL up
  let folded = /[^\x00-\x7f]/u.test(text) || text.includes('`') ? text.normalize('NFKC').replace(/[’‘`]/gu, "'") : text;
  folded = folded.toLowerCase();
  return /\s\s|^\s|\s$|[\t\n\r]/u.test(folded) ? folded.replace(/\s+/gu, ' ').trim() : folded;
}
