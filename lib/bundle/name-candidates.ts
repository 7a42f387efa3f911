/**
 * The names of one article that the registry lacks, each with what its own
 * words say about it: the type it votes for (a title, a head word, a place
 * cue), a role line from an appositive or a title, and the full name that a
 * short form or a defined acronym stands for in this article. Built on the
 * name finder of the linking code (`lib/match/name-finder.ts`).
 */
import { findDefinitions, isCredit } from '../match/acronyms';
import { findNames, type FoundName } from '../match/name-finder';
import { TITLE_WORDS, previousWord, nextWord, startsSentence, type WordSpan } from '../match/words';
import {
  BOILERPLATE,
  BOILERPLATE_PHRASES,
  CALENDAR,
  COMPOUND_ENDINGS,
  DEMONYM,
  GROUP_HEADS,
  GROUP_OPENERS,
  HONORIFICS,
  NAME_HONORIFICS,
  INSTITUTION_ADJECTIVES,
  MONTHS_AND_DAYS,
  NOT_A_NOUN_AFTER,
  NOT_ENTITY_ACRONYMS,
  PEOPLES,
  PLACE_OPENERS,
  THING_HEADS,
  PERSON_AFTER,
  PERSON_TITLES,
  PLACE_AFTER,
  PLACE_BEFORE,
  PLACE_HEADS,
  ROLE_NOUNS,
} from './proposal-words';
import { splitSentences } from './sentences';
import { spellsAcronym } from './acronym-spelling';

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
  return text.normalize('NFKC').toLowerCase().replace(/[’‘`]/gu, "'").replace(/\s+/gu, ' ').trim();
}

const PERSON_TITLE_BEFORE = new Set(['mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.']);

/** The names of an article that the registry lacks, in text order. */
export function findCandidates(article: ArticleBlocks, context: CandidateContext): NameOccurrence[] {
  const out: NameOccurrence[] = [];
  const knownWords = new Set<string>();
  article.known.forEach((spans) => spans.forEach((s) => context.knownWordsOf(s.entity).forEach((w) => knownWords.add(w))));
  article.blocks.forEach((text, block) => {
    // A heading between paragraphs is short and ends without a full stop
    if ((block === 0 || (text.length < 160 && !/[.!?:"”’]\s*$/u.test(text))) && isTitleCase(text)) return;
    const known = article.known[block] ?? [];
    const sentences = splitSentences(text);
    const sentenceAt = (offset: number) => {
      const span = sentences.find((s) => s.start <= offset && offset < s.end);
      return span ? text.slice(span.start, span.end) : text;
    };
    const here: NameOccurrence[] = [];
    for (const found of joinSplitNames(text, findNames(text))) {
      for (const name of trimToUnknown(text, found, known)) {
        const occurrence = readOccurrence(text, name, context, knownWords, sentenceAt(name.start));
        if (occurrence) here.push({ ...occurrence, block });
      }
    }
    shareListVotes(text, here, known, context);
    out.push(...here);
  });
  resolveShortForms(out);
  resolveAcronyms(article, out);
  return out;
}

const LIST_GAP = /^\s*(?:,|,?\s*and|,?\s*or)\s*$/u;

/**
 * Names in one list ("Mastung, Zhob, Bolan and Turbat areas", "Quetta, Zhob and Bolan") are of one kind:
 * each gets a vote for the kind the list's cues and known members show.
 */
function shareListVotes(text: string, here: NameOccurrence[], known: readonly KnownSpan[], context: CandidateContext): void {
  const members: { start: number; end: number; occurrence: NameOccurrence | null; type: ProposedType | null }[] = [
    ...here.map((o) => ({ start: o.start, end: o.end, occurrence: o, type: null })),
    ...known.map((k) => ({ start: k.start, end: k.end, occurrence: null, type: context.typeOfEntity(k.entity) })),
  ].sort((a, b) => a.start - b.start);
  let run: typeof members = [];
  const flush = () => {
    if (run.length > 1) {
      const votes: TypeVotes = { person: 0, group: 0, place: 0 };
      for (const m of run) {
        if (m.type) votes[m.type] += 2;
        if (m.occurrence) for (const t of ['person', 'group', 'place'] as const) votes[t] += Math.min(m.occurrence.votes[t], 2);
      }
      const best = votes.place >= votes.person ? 'place' : 'person';
      if (votes[best] > 0) for (const m of run) if (m.occurrence) m.occurrence.votes[best] += 1;
    }
    run = [];
  };
  for (const m of members) {
    const last = run[run.length - 1];
    if (last && !LIST_GAP.test(text.slice(last.end, m.start))) flush();
    run.push(m);
  }
  flush();
}

/**
 * Joins what the name finder split at a word it reads as a title or at an acronym, when the second part is
 * an institution's head: "Balochistan" + "National Party", "ARY" + "News".
 */
function joinSplitNames(text: string, names: FoundName[]): FoundName[] {
  const out: FoundName[] = [];
  for (const name of names) {
    const previous = out[out.length - 1];
    const last = name.words[name.words.length - 1]!;
    const headed = !name.acronym && GROUP_HEADS.has(text.slice(last.start, last.end).toLowerCase());
    // "Shanghai Co-operation Organisation": a hyphenated lower-case part does not end the name
    const previousLast = previous?.words[previous.words.length - 1];
    if (previous && previousLast && previousLast.end - previousLast.start <= 3 && !previous.acronym && !name.acronym && /^-\p{Ll}+ $/u.test(text.slice(previous.end, name.start))) {
      out[out.length - 1] = { ...previous, end: name.end, words: [...previous.words, ...name.words] };
      continue;
    }
    // "PML-N", "JUI-F": an acronym and the letter of its faction
    if (previous?.acronym && /^\p{Lu}{1,2}$/u.test(text.slice(name.start, name.end)) && text.slice(previous.end, name.start) === '-') {
      out[out.length - 1] = { ...previous, end: name.end, words: [{ start: previous.start, end: name.end }] };
      continue;
    }
    // "the Practice and Procedure Committee": a word joined by "and" to an institution's name after "the"
    if (previous && previous.words.length === 1 && !previous.acronym && text.slice(previous.end, name.start) === ' and ' && headed && /\bthe\s+$/iu.test(text.slice(Math.max(0, previous.start - 5), previous.start))) {
      out[out.length - 1] = { start: previous.start, end: name.end, words: [...previous.words, ...name.words], titles: previous.titles, acronym: false };
      continue;
    }
    // "K.M. Chaudary", "Charles E. Schumer": initials before a surname
    const previousText = previous ? text.slice(previous.start, previous.end) : '';
    if (previous && (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(previousText) || /\s\p{Lu}$/u.test(previousText)) && text.slice(previous.end, name.start) === '. ' && !name.acronym) {
      out[out.length - 1] = { start: previous.start, end: name.end, words: [...previous.words, ...name.words], titles: previous.titles, acronym: false };
      continue;
    }

    const between = previous ? text.slice(previous.end, name.titles[0]?.start ?? name.start) : '';
    const adjectives = name.titles.every((t) => INSTITUTION_ADJECTIVES.has(text.slice(t.start, t.end).toLowerCase()));
    if (previous && headed && between === ' ' && adjectives && (name.titles.length > 0 || previous.acronym) && !previous.words.some((w) => /^\p{Ll}/u.test(text.slice(w.start)))) {
      out[out.length - 1] = { start: previous.start, end: name.end, words: [...previous.words, ...name.titles, ...name.words], titles: previous.titles, acronym: false };
      continue;
    }
    out.push(withLowerEnding(text, name));
  }
  return out;
}

/** "Ahn Cheol-soo", "Kim Yea-ji": a lower-case part after a hyphen ends a name of two words or more. */
function withLowerEnding(text: string, name: FoundName): FoundName {
  if (name.words.length < 2 || name.acronym) return name;
  const m = /^-(\p{Ll}+)(?![\p{L}-])(?!\s+\p{Lu})/u.exec(text.slice(name.end, name.end + 24));
  if (!m || COMPOUND_ENDINGS.has(m[1]!)) return name;
  const end = name.end + m[0].length;
  return { ...name, end, words: [...name.words.slice(0, -1), { start: name.words[name.words.length - 1]!.start, end }] };
}

interface NameSpan {
  start: number;
  end: number;
  words: WordSpan[];
  titles: WordSpan[];
  acronym: boolean;
}

/**
 * The part of a found name that no known mention covers. A name that holds a known one and ends in a head
 * word is a longer name of its own ("Quetta District Jail"); otherwise the uncovered runs stand alone.
 */
function trimToUnknown(text: string, found: FoundName, known: readonly KnownSpan[]): NameSpan[] {
  const overlapping = known.filter((k) => k.start < found.end && found.start < k.end);
  const withTitles = extendWithAdjectives(text, found);
  if (overlapping.length === 0) return [withTitles];
  if (overlapping.some((k) => k.start <= found.start && k.end >= found.end)) return [];
  const covered = (w: WordSpan) => overlapping.some((k) => k.start < w.end && w.start < k.end);
  const uncovered = found.words.filter((w) => !covered(w));
  const hasHead = uncovered.some((w) => isHead(text.slice(w.start, w.end).toLowerCase()));
  if (hasHead && found.words.length > 1) return [withTitles];
  // "Minar-e-Pakistan": a known name joined to others by an izafat is part of one longer name
  if (/-(?:e|i|ul|ud|al|el)-/u.test(text.slice(found.start, found.end))) return [withTitles];
  const runs: NameSpan[] = [];
  let run: WordSpan[] = [];
  const flush = () => {
    while (run.length > 0 && !/^\p{Lu}/u.test(text.slice(run[run.length - 1]!.start))) run.pop();
    while (run.length > 0 && !/^\p{Lu}/u.test(text.slice(run[0]!.start))) run.shift();
    if (run.length > 0) {
      const first = run[0]!;
      runs.push({ start: first.start, end: run[run.length - 1]!.end, words: run, titles: first === found.words[0] ? found.titles : [], acronym: run.length === 1 && isAcronymWord(text.slice(first.start, first.end)) });
    }
    run = [];
  };
  for (const w of found.words) {
    if (covered(w)) flush();
    else run.push(w);
  }
  flush();
  return runs;
}

/** "Federal" + "Constitutional Court": an institution's adjective that the name finder read as a title belongs to the name. */
function extendWithAdjectives(text: string, found: FoundName): NameSpan {
  const last = found.words[found.words.length - 1]!;
  const span: NameSpan = { start: found.start, end: found.end, words: found.words, titles: found.titles, acronym: found.acronym };
  if (found.acronym || !isHead(text.slice(last.start, last.end).toLowerCase())) return span;
  const titles = [...found.titles];
  const words = [...found.words];
  while (titles.length > 0) {
    const t = titles[titles.length - 1]!;
    if (!INSTITUTION_ADJECTIVES.has(text.slice(t.start, t.end).toLowerCase()) || !/^[ -]+$/u.test(text.slice(t.end, words[0]!.start))) break;
    words.unshift(titles.pop()!);
  }
  return { ...span, start: words[0]!.start, words, titles };
}

const isHead = (lower: string) => GROUP_HEADS.has(lower) || PLACE_HEADS.has(lower);
export const isHeadWord = isHead;

/** What a full name's own words say of its type: a group's or a place's head word, a group's opening word. */
export function nameVotes(name: string): TypeVotes {
  const words = foldName(name).split(/[\s-]+/u);
  const last = words[words.length - 1]!;
  const votes: TypeVotes = { person: 0, group: 0, place: 0 };
  if (GROUP_HEADS.has(last) || GROUP_OPENERS.has(words[0]!)) votes.group += 3;
  else if (words.slice(0, -1).some((w) => GROUP_HEADS.has(w))) votes.group += 2;
  if (PLACE_HEADS.has(last)) votes.place += 3;
  return votes;
}
const isAcronymWord = (word: string) => /^\p{Lu}[\p{Lu}.-]*\p{Lu}\.?$/u.test(word) && word.length <= 8;
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u;

function readOccurrence(text: string, name: NameSpan, context: CandidateContext, knownWords: ReadonlySet<string>, sentence: string): NameOccurrence | null {
  const trimmed = trimEdges(text, name, context);
  if (!trimmed) return null;
  const { span, honorific } = trimmed;
  name = span;
  const written = text.slice(name.start, name.end);
  const folded = foldName(written);
  const wordsFolded = name.words.map((w) => foldName(text.slice(w.start, w.end)));
  // "RAWALPINDI:" opening a paragraph: a dateline, the place the story was filed from
  const dateline = name.start === 0 && /^\s*(?::|\s\(|\s[–—-]\s)/u.test(text.slice(name.end, name.end + 4)) && /^[\p{Lu}\s-]+$/u.test(written);
  const acronym = !dateline && (name.acronym || isAcronymLike(written));
  if (context.ignored.has(folded) || BOILERPLATE_PHRASES.has(folded)) return null;
  if (wordsFolded.every((w) => BOILERPLATE.has(w) || MONTHS_AND_DAYS.has(w) || CALENDAR.has(w) || context.ignored.has(w))) return null;
  if (written.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (name.words.length === 1 && PERSON_TITLES.has(folded)) return null;
  if (wordsFolded.every((w) => NOT_ENTITY_ACRONYMS.has(w))) return null;
  // "MLAs", "MPs": the plural of an office
  if (acronym && /\p{Lu}s$/u.test(written)) return null;
  if (acronym) {
    const letters = written.replace(/[^\p{Lu}]/gu, '');
    // "EPA" alone on a line: a photo credit
    if (text.trim() === written) return null;
    if (letters.length < 2 || ROMAN.test(letters) || NOT_ENTITY_ACRONYMS.has(folded) || PERSON_TITLES.has(folded)) return null;
    const defined = findDefinitions(text, written).some((d) => /\p{Ll}/u.test(text.slice(d.start, d.end)));
    if (!defined && (isCredit(text, name.start, name.end, () => false) || isDatedCredit(text, name.start, name.end))) return null;
  }
  const single = name.words.length === 1 || acronym;
  // "Qatar's foreign ministry": a possessive tells a name even at the start of a sentence
  const sentenceInitial = startsSentence(text, name.start, 0) && !/^['’]s?\b/u.test(text.slice(name.end, name.end + 3));
  const previous = previousWord(text, name.start, 0);
  const next = nextWord(text, name.end, text.length);
  const previousLower = previous ? text.slice(previous.word.start, previous.word.end).toLowerCase() : '';
  const nextWritten = next ? text.slice(next.word.start, next.word.end) : '';
  const nextLower = nextWritten.toLowerCase();
  const nextIsNoun = next !== null && /^\p{Ll}/u.test(nextWritten) && !NOT_A_NOUN_AFTER.has(nextLower) && /^\s+$/u.test(text.slice(name.end, next.word.start));
  const last = wordsFolded[wordsFolded.length - 1]!;
  // "anti-Pak", "pro-Taliban": part of a lower-case compound
  if (name.start > 1 && text[name.start - 1] === '-' && /\p{Ll}/u.test(text[name.start - 2]!)) return null;
  // "Article 243", "Section 144", "Gate No. 5"
  if (/^\s+\d/u.test(text.slice(name.end, name.end + 3)) || last === 'no') return null;
  if (!acronym && THING_HEADS.has(last)) return null;
  if (/^\s*\([^()]{1,40}\)\s+(?:Bill|Act|Ordinance|Order)\b/u.test(text.slice(name.end, name.end + 60))) return null;
  // "(Practice and Procedure) Bill": inside the parenthesis of a law's title
  if (/^[^()]{0,40}\)\s+(?:Bill|Act|Ordinance|Order)\b/u.test(text.slice(name.end, name.end + 60))) return null;
  // "Chief of Defence Forces", "Chief of Army Staff": part of a title
  if (previousLower === 'of' && previous) {
    const before = previousWord(text, previous.word.start, 0);
    if (before && TITLE_WORDS.has(text.slice(before.word.start, before.word.end).toLowerCase())) return null;
  }
  if (['by', 'on', 'in', 'at', 'to', 'from'].includes(last)) return null;
  if (!acronym && name.words.length === 1 && isHead(folded)) return null;
  // "DohaPakistan": two words glued together by a page's markup
  if (!acronym && /\p{Ll}\p{Lu}/u.test(written) && !/^(?:Mc|Mac|De|Al)/u.test(written)) return null;
  // "Credit: Jack Taylor/Getty Images": a credit line (a photographer named after "Image:" is a person, and stays)
  if (/(?:credit|courtesy)\s*:\s*$/iu.test(text.slice(Math.max(0, name.start - 12), name.start))) return null;
  // "@ANI": a handle; "— Screengrab Geo News" closing a caption: a credit
  if (text[name.start - 1] === '@') return null;
  if (/[—–]\s*(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, name.start - 14), name.start)) && /^[\s.]*$/u.test(text.slice(name.end))) return null;
  // "PPI Published 03 Feb": a credit line
  if (nextLower === 'published' || nextLower === 'updated') return null;
  // "RAWALPINDI (Dunya News) –": a dateline's credit
  if (text[name.start - 1] === '(' && text[name.end] === ')' && previous && /^\p{Lu}{3,}$/u.test(text.slice(previous.word.start, previous.word.end))) return null;
  if (name.words.length === 1 && !acronym && (ABSTRACT.test(folded) || /(?:ians?|ans|ese|ic|ish)$/u.test(folded) || (folded.length >= 7 && /ly$/u.test(folded)))) return null;
  // "Pakistani-American": made of demonyms
  if (written.includes('-') && written.split('-').some((part) => context.ignored.has(foldName(part)) && context.knownType(part) === null && /(?:i|an)$/u.test(foldName(part)))) return null;
  if (single && !acronym) {
    if (knownWords.has(folded)) return null;
    // "…his spouse Bus": a paragraph cut off in the middle of a word
    if (name.end === text.length && !/[.!?"”’)]\s*$/u.test(text)) return null;
    if (nextIsNoun && (PEOPLES.has(folded) || (DEMONYM.test(folded) && !PLACE_BEFORE.has(previousLower)))) return null;
    if (sentenceInitial && context.lowerVocabulary.has(folded)) return null;
  }
  // "South Asian nation"
  if (!single && name.words.length === 2 && PLACE_OPENERS.has(wordsFolded[0]!) && /(?:ian|ese|ern)$/u.test(last) && nextIsNoun) return null;
  if (sentenceInitial && !single && context.lowerVocabulary.has(wordsFolded[0]!) && !isHead(last) && !GROUP_OPENERS.has(wordsFolded[0]!)) {
    // "Residents Zahid…": the first word only opens the sentence; read the rest as the name
    const rest: NameSpan = { ...name, start: name.words[1]!.start, words: name.words.slice(1), titles: [] };
    if (/^\p{Lu}/u.test(text.slice(rest.start))) return readOccurrence(text, rest, context, knownWords, sentence);
    return null;
  }

  const votes: TypeVotes = { person: 0, group: 0, place: 0 };
  if (dateline) votes.place += 3;
  const titleWords = name.titles.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/\.$/u, ''));
  if (honorific || titleWords.some((t) => PERSON_TITLES.has(t)) || PERSON_TITLE_BEFORE.has(previousLower)) votes.person += 3;
  if (!acronym) {
    if (GROUP_HEADS.has(last)) votes.group += 3;
    else if (wordsFolded.slice(0, -1).some((w) => GROUP_HEADS.has(w))) votes.group += 2;
    if (PLACE_HEADS.has(last)) votes.place += 3;
    if (GROUP_OPENERS.has(wordsFolded[0]!)) votes.group += 3;
    // "The Print", "The Telegraph" in the middle of a sentence: a publication or an organisation
    if (wordsFolded[0] === 'the' && !sentenceInitial) votes.group += 3;
    if (!single && (PLACE_OPENERS.has(wordsFolded[0]!) || PLACE_HEADS.has(wordsFolded[0]!))) votes.place += 2;
  }
  if (next && /^\p{Ll}/u.test(nextWritten) && PLACE_AFTER.has(nextLower)) votes.place += 2;
  // "in the PTM camp": after "in", an acronym is as often a party as a place
  if (PLACE_BEFORE.has(previousLower) && !acronym) votes.place += 1;
  if (next && /^\s+$/u.test(text.slice(name.end, next.word.start))) {
    if (PERSON_AFTER.has(nextLower)) votes.person += 1;
    if (MEDIA_AFTER.has(nextLower) && single) votes.group += 2;
  }
  if (previousLower === 'told' && single) votes.group += 1;
  let headAfter: string | null = null;
  if (single && !acronym && nextWritten && /^\p{Ll}/u.test(nextWritten) && /^\s+$/u.test(text.slice(name.end, next!.word.start)) && isHead(nextLower)) {
    headAfter = nextLower;
    if (PLACE_HEADS.has(nextLower)) votes.place += 2;
    else votes.group += 2;
  }
  if (previousLower === 'the' && previous && !acronym) {
    const before = previousWord(text, previous.word.start, 0);
    if (before && PLACE_BEFORE.has(text.slice(before.word.start, before.word.end).toLowerCase())) votes.place += 1;
  }
  const apposition = appositive(text, name.end);
  const role = apposition ?? titleRole(text, name);
  if (apposition) votes.person += 2;
  return { text: written, acronym, sentence, sentenceInitial, votes, role, fullName: null, block: 0, start: name.start, end: name.end, headAfter };
}

/** Endings of abstract nouns and adjectives, never a place's or person's one-word name ("Connectivity", "Studies"). */
const ABSTRACT = /(?:(?:ity|ism|tion|sion|ment|ness|ance|ence)s?|ies)$/u;

const MEDIA_AFTER = new Set(['reported', 'reports', 'quoted', 'correspondent', 'newspaper', 'channel', 'reporter']);

/** "March 22 (ANI):", "— ANI (@ANI)": an agency's credit after a date or before its handle. */
function isDatedCredit(text: string, start: number, end: number): boolean {
  if (text.startsWith(' (@', end)) return true;
  return text[start - 1] === '(' && text[end] === ')' && /\d\s*$/u.test(text.slice(Math.max(0, start - 4), start - 1));
}

/** Acronym-like: one token, mostly capitals ("PkMAP", "JUI-F", "PML-N"). */
function isAcronymLike(written: string): boolean {
  if (written.length > 10 || /\s/u.test(written)) return false;
  const letters = written.replace(/[^\p{L}]/gu, '');
  const capitals = written.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 && capitals * 2 >= letters.length + 1 && /^\p{Lu}/u.test(written);
}

/**
 * Drops what stands at a name's edges without belonging to it: an honorific or a title the name finder did
 * not know ("Syed Asim Munir", "Whip Amir Dogar"), a known place before or after ("Quetta Sariab", a byline's
 * "Haroon Janjua Islamabad"), and a known name after "of" ("Akhtar Mengal of Balochistan").
 */
function trimEdges(text: string, name: NameSpan, context: CandidateContext): { span: NameSpan; honorific: boolean } | null {
  let words = name.words;
  let honorific = false;
  const word = (w: WordSpan) => foldName(text.slice(w.start, w.end));
  const ofAt = words.findIndex((w) => word(w) === 'of');
  if (ofAt > 0 && !words.slice(0, ofAt).some((w) => isHead(word(w))) && context.knownType(text.slice(words[ofAt + 1]!.start, words[words.length - 1]!.end)) !== null) {
    words = words.slice(0, ofAt);
  }
  while (words.length > 2 && (HONORIFICS.has(word(words[0]!)) || PERSON_TITLES.has(word(words[0]!)))) {
    words = words.slice(1);
    honorific = true;
  }
  if (words.length === 2 && (HONORIFICS.has(word(words[0]!)) || PERSON_TITLES.has(word(words[0]!))) && !isHead(word(words[1]!))) {
    words = words.slice(1);
    honorific = true;
  }
  const plain = (ws: readonly WordSpan[]) => ws.every((w) => /^\p{Lu}/u.test(text.slice(w.start)) && !isHead(word(w)) && !GROUP_OPENERS.has(word(w))) && /^[\p{L} ]+$/u.test(text.slice(ws[0]!.start, ws[ws.length - 1]!.end));
  if (words.length >= 2 && plain(words) && context.knownType(text.slice(words[0]!.start, words[0]!.end)) === 'place') words = words.slice(1);
  if (words.length >= 3 && plain(words) && context.knownType(text.slice(words[words.length - 1]!.start, words[words.length - 1]!.end)) === 'place') words = words.slice(0, -1);
  while (words.length > 0 && BOILERPLATE.has(word(words[0]!)) && words.length > 1) words = words.slice(1);
  if (words.length === 0) return null;
  if (words === name.words) return { span: name, honorific };
  const first = words[0]!;
  return { span: { start: first.start, end: words[words.length - 1]!.end, words, titles: first === name.words[0] ? name.titles : [], acronym: words.length === 1 && isAcronymWord(text.slice(first.start, first.end)) }, honorific };
}

/** ", a spokesman for the Baloch Yakjehti Committee," after a name: its role in the article's words. */
function appositive(text: string, end: number): string | null {
  const m = /^,\s+((?:the|a|an)\s+)?([^,.;:()“”"]{3,90}?)(?=,|\.(?:\s|$)|;|$)/u.exec(text.slice(end, end + 120));
  if (!m) return null;
  const phrase = m[2]!.trim();
  const first = phrase.split(/\s+/u)[0]!;
  if (!/^\p{Ll}/u.test(first) && !m[1]) return null;
  if (/^(?:who|which|that|said|says|and|but|while|as|in|on|at|he|she|they|it|according|along|with|including|besides|alongside|where|when|after|before)$/u.test(first)) return null;
  const words = phrase.toLowerCase().split(/\s+/u);
  // The role noun comes early ("a senior spokesman for…", "one of the three sisters of…"), and the phrase is short.
  const at = words.findIndex((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/u, '')));
  if (at < 0 || at > 3 || words.length > 14) return null;
  return phrase;
}

/** "KP Chief Minister" before "Sohail Afridi": the title as written, with the place before it. */
function titleRole(text: string, name: NameSpan): string | null {
  const personal = name.titles.filter((t) => !/^(?:mr|mrs|ms|dr|syed|sir)\.?$/iu.test(text.slice(t.start, t.end)));
  if (personal.length === 0) return null;
  let start = personal[0]!.start;
  const before = previousWord(text, start, 0);
  if (before && /^\p{Lu}/u.test(text.slice(before.word.start)) && !startsSentence(text, before.word.start, 0) && text.slice(before.word.end, start).trim() === '') start = before.word.start;
  let titles = name.titles;
  // "Interior Minister Sheikh Rashid Ahmed": the honorific belongs to the person, not to the role
  const honorific = (t: WordSpan) => {
    const lower = text.slice(t.start, t.end).toLowerCase();
    return HONORIFICS.has(lower) || NAME_HONORIFICS.has(lower);
  };
  while (titles.length > 1 && honorific(titles[titles.length - 1]!)) titles = titles.slice(0, -1);
  const role = text.slice(start, titles[titles.length - 1]!.end).trim();
  return role.length > 2 ? role : null;
}

const SMALL_WORDS = new Set(['with', 'from', 'into', 'over', 'after', 'amid', 'than', 'that', 'this', 'says', 'upon', 'onto', 'near']);

/**
 * Headlines and headings in Title Case capitalise every word: no name can be read from them. A line of
 * names alone (a byline: "Haroon Janjua Islamabad", "By Asif Shahzad and Ariba Shahid") has no small word between them or opens with "By"; a heading has one
 * ("Addressing Afghan Migration and Security Cooperation", "You May Like To Read").
 */
export function isTitleCase(text: string): boolean {
  const long = text.match(/\p{L}{4,}/gu) ?? [];
  if (long.length < 3 || /^By\s/u.test(text)) return false;
  // A sentence crowded with names still has lower-case verbs and nouns ("…Shahbaz Sharif attends the 22nd…")
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w)).length;
  if (capitalised / long.length < 0.9) return false;
  return /(?:^|\s)(?:and|to|of|in|on|at|for|amid|with|from|over|after|as|by|To|Of|In|On|At|For|Amid|With|From|Over|After|As|By|The|A|An)\s/u.test(text);
}

/**
 * A lone surname or first name after (or before) a full name of the same article stands for that name, and
 * so do the last words of a longer name ("Karim Kundi" after "Faisal Karim Kundi").
 */
function resolveShortForms(occurrences: NameOccurrence[]): void {
  const full = occurrences.filter((o) => !o.acronym && o.text.split(/\s+/u).length > 1);
  for (const o of full) {
    const words = foldName(o.text).split(/\s+/u);
    const longer = [...new Set(full.filter((f) => {
      const parts = foldName(f.text).split(/\s+/u);
      return parts.length > words.length && parts.slice(-words.length).join(' ') === words.join(' ') && f.votes.group === 0 && f.votes.place === 0;
    }).map((f) => f.text))];
    if (longer.length === 1 && o.votes.group === 0 && o.votes.place === 0) o.fullName = longer[0]!;
  }
  for (const o of occurrences) {
    if (o.acronym || o.text.includes(' ')) continue;
    const word = foldName(o.text);
    const bearers = [...new Set(full.filter((f) => {
      const parts = foldName(f.text).split(/\s+/u);
      return parts[parts.length - 1] === word || parts[0] === word;
    }).map((f) => f.text))];
    if (bearers.length === 1) o.fullName = bearers[0]!;
  }
}

/**
 * "China and Pakistan Economic Corridor (CPEC)": a definition the strict reading misses, where a word may
 * give two letters and "and" is skipped ("Pakhtunkhwa Milli Awami Party (PkMAP)").
 */
function looseDefinition(text: string, o: NameOccurrence): { start: number; end: number } | null {
  if (text[o.start - 1] !== '(' || text[o.end] !== ')') return null;
  const before = text.slice(Math.max(0, o.start - 160), o.start - 1);
  const words = [...before.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const letters = o.text.replace(/[^\p{L}]/gu, '').toLowerCase();
  const offset = Math.max(0, o.start - 160);
  for (let from = Math.max(0, words.length - letters.length - 3); from < words.length; from++) {
    const first = words[from]!;
    if (!/^\p{Lu}/u.test(first[0])) continue;
    const last = words[words.length - 1]!;
    if (!/^\s*$/u.test(before.slice(last.index + last[0].length))) return null;
    const phrase = before.slice(first.index, last.index + last[0].length);
    if (/[.,;:!?]/u.test(phrase)) continue;
    if (spellsAcronym(letters, phrase)) return { start: offset + first.index, end: offset + last.index + last[0].length };
  }
  return null;
}

/**
 * "Baloch Yakjehti Committee (BYC)": the acronym stands for the full name in this article, and the words of
 * the expansion are not names of their own ("Research" and "Studies" of "Centre for Research and Security
 * Studies (CRSS)"). An expansion in lower case ("anti-terrorism court (ATC)") names nothing.
 */
function resolveAcronyms(article: ArticleBlocks, occurrences: NameOccurrence[]): void {
  article.blocks.forEach((text, block) => {
    const here = occurrences.filter((o) => o.block === block);
    for (const o of here) {
      if (!o.acronym) continue;
      const definition = findDefinitions(text, o.text)[0] ?? looseDefinition(text, o);
      if (!definition) continue;
      let start = definition.start;
      while (start < definition.end && (!/\p{Lu}/u.test(text[start]!) || /^(?:The|A|An)\s/u.test(text.slice(start, start + 4)))) {
        const space = text.indexOf(' ', start);
        if (space < 0 || space >= definition.end) break;
        start = space + 1;
      }
      if (!/\p{Lu}/u.test(text[start] ?? '')) {
        // "the anti-terrorism court (ATC)": a common noun's acronym, in the whole article
        for (const other of occurrences) if (other.acronym && other.text === o.text) other.insideExpansion = true;
        continue;
      }
      const expansion = text.slice(start, definition.end);
      const lastWord = foldName(expansion.split(/[\s-]+/u).pop() ?? '');
      if (THING_HEADS.has(lastWord)) {
        // "China-Pakistan Economic Corridor (CPEC)": the acronym of a project, a law or an event
        for (const other of occurrences) if (other.acronym && other.text === o.text) other.insideExpansion = true;
        continue;
      }
      o.fullName = expansion;
      for (const other of here) {
        if (other !== o && other.start >= start && other.end <= definition.end && other.text !== expansion) other.insideExpansion = true;
      }
    }
  });
  // A definition in one paragraph names the acronym for the whole article.
  const defined = new Map<string, string>();
  for (const o of occurrences) if (o.acronym && o.fullName) defined.set(o.text, o.fullName);
  for (const o of occurrences) if (o.acronym && !o.fullName) o.fullName = defined.get(o.text) ?? null;
  for (let i = occurrences.length - 1; i >= 0; i--) if (occurrences[i]!.insideExpansion) occurrences.splice(i, 1);
}
