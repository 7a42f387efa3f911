/**
 * One name an article writes, read in its sentence: whether it is a name at all
 * (not a credit, a dateline's agency, a title, a law, a contraction, a word that
 * only opens the sentence), and what its own words say about it: the type it
 * votes for (a title, a head word, a place cue) and a role line.
 */
import { findDefinitions, isCredit } from '../match/acronyms';
import { TITLE_WORDS } from '../match/word-lists';
import { previousWord, nextWord, startsSentence } from '../match/words';
import {
  BOILERPLATE,
  BOILERPLATE_PHRASES,
  CALENDAR,
  COMMON_WORDS,
  DEMONYM,
  GROUP_HEADS,
  GROUP_OPENERS,
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
  RANKS,
  ROLE_NOUNS,
} from './proposal-words';
import { foldName, type CandidateContext, type NameOccurrence, type TypeVotes } from './candidate-types';
import { PERSON_TITLE_BEFORE, appositive, titleRole } from './name-cues';
import { isHead, trimEdges, type NameSpan } from './name-spans';

const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/u;

/**
 * The occurrence of `name` in `text`, or null when it names no new person, group or place.
 * @param knownWords - folded words of the known entities the article names
 * @param sentence - the sentence holding the name, for the curator
 */
export function readOccurrence(
  text: string,
  name: NameSpan,
  context: CandidateContext,
  knownWords: ReadonlySet<string>,
  sentence: string,
): NameOccurrence | null {
  const trimmed = trimEdges(text, name, context);
  if (!trimmed) return null;
  const { span, honorific } = trimmed;
  name = span;
  const written = text.slice(name.start, name.end);
  const folded = foldName(written);
  const wordsFolded = name.words.map((w) => foldName(text.slice(w.start, w.end)));
  // "RAWALPINDI:" opening a paragraph: a dateline, the place the story was filed from
  const dateline =
    name.start === 0 &&
    /^\s*(?::|\s\(|\s[–—-]\s)/u.test(text.slice(name.end, name.end + 4)) &&
    /^[\p{Lu}\s-]+$/u.test(written);
  const acronym = !dateline && (name.acronym || isAcronymLike(written));
  if (context.ignored.has(folded) || BOILERPLATE_PHRASES.has(folded)) return null;
  if (
    wordsFolded.every(
      (w) =>
        BOILERPLATE.has(w) ||
        MONTHS_AND_DAYS.has(w) ||
        MONTHS_AND_DAYS.has(w.replace(/s$/u, '')) ||
        CALENDAR.has(w) ||
        COMMON_WORDS.has(w) ||
        context.ignored.has(w),
    )
  )
    return null;
  // "Don’t", "Can’t": a contraction, not a name
  if (/^['’]t\b/u.test(text.slice(name.end, name.end + 3))) return null;
  if (written.replace(/[^\p{L}]/gu, '').length < 2) return null;
  if (name.words.length === 1 && PERSON_TITLES.has(folded)) return null;
  if (wordsFolded.every((w) => NOT_ENTITY_ACRONYMS.has(w))) return null;
  // "MLAs", "MPs": the plural of an office
  if (acronym && /\p{Lu}s$/u.test(written)) return null;
  if (acronym) {
    const letters = written.replace(/[^\p{Lu}]/gu, '');
    // "EPA" alone on a line, or closing a caption after its last sentence ("…in Samarkand. EPA"): a photo credit
    if (text.trim() === written) return null;
    if (/^\s*$/u.test(text.slice(name.end)) && /[.!?]\s+$/u.test(text.slice(Math.max(0, name.start - 3), name.start)))
      return null;
    if (letters.length < 2 || ROMAN.test(letters) || NOT_ENTITY_ACRONYMS.has(folded) || PERSON_TITLES.has(folded))
      return null;
    const defined = findDefinitions(text, written).some((d) => /\p{Ll}/u.test(text.slice(d.start, d.end)));
    if (!defined && (isCredit(text, name.start, name.end, () => false) || isDatedCredit(text, name.start, name.end)))
      return null;
  }
  const single = name.words.length === 1 || acronym;
  // "Qatar's foreign ministry": a possessive tells a name even at the start of a sentence
  const sentenceInitial = startsSentence(text, name.start, 0) && !/^['’]s?\b/u.test(text.slice(name.end, name.end + 3));
  const previous = previousWord(text, name.start, 0);
  const next = nextWord(text, name.end, text.length);
  const previousLower = previous ? text.slice(previous.word.start, previous.word.end).toLowerCase() : '';
  const nextWritten = next ? text.slice(next.word.start, next.word.end) : '';
  const nextLower = nextWritten.toLowerCase();
  const nextIsNoun =
    next !== null &&
    /^\p{Ll}/u.test(nextWritten) &&
    !NOT_A_NOUN_AFTER.has(nextLower) &&
    /^\s+$/u.test(text.slice(name.end, next.word.start));
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
  // "‘Funny Girl’", "“Shanghai Spirit”": a title or a slogan in quotes; "Operation Zarb-e-Azb": an operation
  if (
    /[‘“"']/u.test(text[name.start - 1] ?? '') &&
    /[’”"']/u.test(text[name.end] ?? '') &&
    !/\p{L}/u.test(text[name.end + 1] ?? '') &&
    !acronym
  )
    return null;
  if (wordsFolded[0] === 'operation' && name.words.length > 1) return null;
  // "PTI AYZ SKS GSP": an agency's desk codes in capitals
  if (name.words.length > 1 && written === written.toUpperCase() && wordsFolded.every((w) => w.length <= 3))
    return null;
  if (!acronym && name.words.length === 1 && isHead(folded)) return null;
  // "DohaPakistan": two words glued together by a page's markup
  if (!acronym && /\p{Ll}\p{Lu}/u.test(written) && !/^(?:Mc|Mac|De|Al)/u.test(written)) return null;
  // "Credit: Jack Taylor/Getty Images": a credit line (a photographer named after "Image:" is a person, and stays)
  if (/(?:credit|courtesy)\s*:\s*$/iu.test(text.slice(Math.max(0, name.start - 12), name.start))) return null;
  // "@ANI": a handle; "— Screengrab Geo News" closing a caption: a credit
  if (text[name.start - 1] === '@') return null;
  if (
    /[—–]\s*(?:\p{L}+\s+)?$/u.test(text.slice(Math.max(0, name.start - 14), name.start)) &&
    /^[\s.]*$/u.test(text.slice(name.end))
  )
    return null;
  // "PPI Published 03 Feb": a credit line
  if (nextLower === 'published' || nextLower === 'updated') return null;
  // "RAWALPINDI (Dunya News) –": a dateline's credit
  if (
    text[name.start - 1] === '(' &&
    text[name.end] === ')' &&
    previous &&
    /^\p{Lu}{3,}$/u.test(text.slice(previous.word.start, previous.word.end))
  )
    return null;
  if (
    name.words.length === 1 &&
    !acronym &&
    (ABSTRACT.test(folded) || /(?:ians?|ans|ese|ic|ish)$/u.test(folded) || (folded.length >= 7 && /ly$/u.test(folded)))
  )
    return null;
  // "Pakistani-American": made of demonyms
  if (
    written.includes('-') &&
    written
      .split('-')
      .some(
        (part) =>
          context.ignored.has(foldName(part)) && context.knownType(part) === null && /(?:i|an)$/u.test(foldName(part)),
      )
  )
    return null;
  if (single && !acronym) {
    if (knownWords.has(folded)) return null;
    // "…his spouse Bus": a paragraph cut off in the middle of a word
    if (name.end === text.length && !/[.!?"”’)]\s*$/u.test(text)) return null;
    if (nextIsNoun && (PEOPLES.has(folded) || (DEMONYM.test(folded) && !PLACE_BEFORE.has(previousLower)))) return null;
    if (sentenceInitial && context.lowerVocabulary.has(folded)) return null;
  }
  // "South Asian nation"
  if (
    !single &&
    name.words.length === 2 &&
    PLACE_OPENERS.has(wordsFolded[0]!) &&
    /(?:ian|ese|ern)$/u.test(last) &&
    nextIsNoun
  )
    return null;
  if (
    sentenceInitial &&
    !single &&
    context.lowerVocabulary.has(wordsFolded[0]!) &&
    !isHead(last) &&
    !GROUP_OPENERS.has(wordsFolded[0]!)
  ) {
    // "Residents Zahid…": the first word only opens the sentence; read the rest as the name
    const rest: NameSpan = { ...name, start: name.words[1]!.start, words: name.words.slice(1), titles: [] };
    if (/^\p{Lu}/u.test(text.slice(rest.start))) return readOccurrence(text, rest, context, knownWords, sentence);
    return null;
  }

  const votes: TypeVotes = { person: 0, group: 0, place: 0 };
  if (dateline) votes.place += 3;
  const titleWords = name.titles.map((t) => text.slice(t.start, t.end).toLowerCase().replace(/\.$/u, ''));
  if (honorific || titleWords.some((t) => PERSON_TITLES.has(t)) || PERSON_TITLE_BEFORE.has(previousLower))
    votes.person += 3;
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
  // "Punjab Opposition Leader Moin Khan", "Sindh Chief Minister": a lone word before a title is where the office is
  if (
    single &&
    !acronym &&
    next &&
    /^\p{Lu}/u.test(nextWritten) &&
    TITLE_WORDS.has(nextLower) &&
    /^ +$/u.test(text.slice(name.end, next.word.start))
  )
    votes.place += 2;
  // "sepoy Ibrahim", "lawyer Ali Zafar": a lower-case role noun or rank right before the name
  if (
    previous &&
    /^\p{Ll}/u.test(text.slice(previous.word.start)) &&
    (ROLE_NOUNS.has(previousLower) || RANKS.has(previousLower)) &&
    /^\s+$/u.test(text.slice(previous.word.end, name.start))
  )
    votes.person += 2;
  let headAfter: string | null = null;
  if (
    single &&
    !acronym &&
    nextWritten &&
    /^\p{Ll}/u.test(nextWritten) &&
    /^\s+$/u.test(text.slice(name.end, next!.word.start)) &&
    isHead(nextLower)
  ) {
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
  return {
    text: written,
    acronym,
    sentence,
    sentenceInitial,
    votes,
    role,
    fullName: null,
    block: 0,
    start: name.start,
    end: name.end,
    headAfter,
  };
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
