/**
 * Whether a known name sits strictly inside a longer proper name that the
 * knowledge base does not have: "Pakistan" in "Pakistan Air Force" or
 * "Election Commission of Pakistan", "Khan" in "Dera Ismail Khan", "Imran" in
 * "Imran Ismail". Such a name does not link.
 *
 * What stays a mention:
 * - a place before a title or a common noun: "Pakistan Prime Minister", "KP assembly";
 * - a name after a title: "Prime Minister Shehbaz Sharif", "Mr Khan";
 * - a possessive: "Kabul's leadership"; a thing of the entity: "the United Nations Charter";
 * - two names side by side or joined by a hyphen: "Pakistan-Afghanistan border";
 * - a name that ends in an acronym ("Express PK"): capitals end a name, as they do in the name finder;
 * - a name after a capitalised word that only opens the sentence ("Yesterday Imran Khan…");
 * - in a headline in Title Case, where every word is capitalised, a name before ordinary
 *   capitalised words ("Police Arrest Imran Khan Supporters", "Admitted to London Hospital"):
 *   there only an organisation's head word ("Force", "University", "Party") makes a longer name.
 */
import {
  BELONGING_WORDS,
  COMMON_HEADS,
  CONNECTOR_WORDS,
  JOINING_PARTICLES,
  ORGANISATION_HEADS,
  SENTENCE_WORDS,
  TITLE_WORDS,
} from './word-lists';
import { LONGEST_JOINING_WORD, mayContinueLeft, mayContinueRight } from './name-edges';
import { isTitleCaseAround } from './title-case';
import {
  Gap,
  hasPossessive,
  isAllCaps,
  isCapitalised,
  isCutAfter,
  isCutBefore,
  lowerWord,
  nextWord,
  previousWord,
  startsSentence,
  wordStart,
  type WordSpan,
} from './words';

/** The page text around one found name, and what the page says about its words. */
export interface NameContext {
  text: string;
  /** True when a block boundary lies strictly between the two offsets. */
  isCut(start: number, end: number): boolean;
  /** True when a found name (another match) starts at `start`. */
  startsMatch(start: number): boolean;
  /** True when a found name ends at `end`. */
  endsMatch(end: number): boolean;
  /** True when the page writes this word (lower-case) in lower case somewhere: it is a common word. */
  isCommonWord(lower: string): boolean;
}

/** Words that a "… of <place>" phrase can start with and still be about the place. */
const OF_THE_PLACE = new Set([
  'government',
  'governments',
  'people',
  'province',
  'capital',
  'state',
  'island',
  'islamic',
  'republic',
  'territory',
]);

const MAX_RUN = 4;

/**
 * True when `[start, end)`, a found name, is part of a longer proper name.
 * @param isPlace - the name is a place: "X and <place>" written together everywhere is one name ("Jammu and Kashmir")
 */
export function isEmbedded(ctx: NameContext, start: number, end: number, isPlace: boolean): boolean {
  return (
    (mayContinueRight(ctx.text, start, end) || mayContinueLeft(ctx.text, start)) && readEdges(ctx, start, end, isPlace)
  );
}

/**
 * `isEmbedded` without the first look at a name's edges (`name-edges.ts`): the words at its edges, read one
 * by one. Exported for the test that pins the first look to it.
 */
export function readEdges(ctx: NameContext, start: number, end: number, isPlace: boolean): boolean {
  // Asked only where a capitalised neighbour makes it matter: most names stand among lower-case words.
  let titleCase: boolean | undefined;
  const isTitleCase = () => (titleCase ??= isTitleCaseAround(ctx.text, ctx.isCut, start, end));
  return embeddedOnRight(ctx, start, end, isTitleCase) || embeddedOnLeft(ctx, start, end, isTitleCase, isPlace);
}

type Neighbour = { word: WordSpan; gap: Gap };

/**
 * The word after `end`, the end of a word, in the same block (a word that runs across a block boundary is
 * none, and so is one after a boundary right at `end`).
 */
function neighbourAfter(ctx: NameContext, end: number): Neighbour | null {
  const next = nextWord(ctx.text, end, ctx.text.length);
  return next && !isCutAfter(ctx.isCut, end, next.word) ? next : null;
}

/** The word before `start`, the start of a word, in the same block. */
function neighbourBefore(ctx: NameContext, start: number): Neighbour | null {
  const previous = previousWord(ctx.text, start, 0);
  return previous && !isCutBefore(ctx.isCut, previous.word, start) ? previous : null;
}

/** Izafat: "<name>-e-…" or "…-i-<name>" joins the name to its neighbour. */
function joinedByParticle(ctx: NameContext, particle: Neighbour, beyond: Neighbour | null): boolean {
  return (
    particle.gap === Gap.Hyphen &&
    beyond !== null &&
    beyond.gap === Gap.Hyphen &&
    JOINING_PARTICLES.has(lowerWord(ctx.text, particle.word))
  );
}

function isNameWord(ctx: NameContext, neighbour: Neighbour | null): neighbour is Neighbour {
  return (
    neighbour !== null &&
    neighbour.gap === Gap.Space &&
    isCapitalised(ctx.text, neighbour.word) &&
    !isAllCaps(ctx.text, neighbour.word)
  );
}

/** "Express PK": a name of two words or more whose last word is in capitals. */
function endsInAcronym(text: string, start: number, end: number): boolean {
  const last = { start: wordStart(text, end, start), end };
  return last.start > start && isAllCaps(text, last);
}

function embeddedOnRight(ctx: NameContext, start: number, end: number, isTitleCase: () => boolean): boolean {
  const text = ctx.text;
  // "U.S. Air Force": the full stop of an initialism belongs to the name.
  if (text.charCodeAt(end) === 0x2e && text.lastIndexOf('.', end - 1) > start) end++;
  if (hasPossessive(text, end, text.length)) return false;
  // The words decide first; whether a block boundary parts them from the name is asked last, since it reads the page.
  const next = nextWord(text, end, text.length);
  if (!next) return false;
  const inBlock = () => !isCutAfter(ctx.isCut, end, next.word);
  if (next.gap === Gap.Hyphen) return joinedByParticle(ctx, next, neighbourAfter(ctx, next.word.end)) && inBlock();
  if (next.gap !== Gap.Space)
    return (
      opensParentheticalTitle(text, end) &&
      !endsInAcronym(text, start, end) &&
      !closesTitlePhrase(ctx, start) &&
      inBlock()
    );
  if (!isNameWord(ctx, next) || ctx.startsMatch(next.word.start) || endsInAcronym(text, start, end)) return false;
  const first = lowerWord(text, next.word);
  if (BELONGING_WORDS.has(first)) return false;
  // The capitalised words that follow, up to the next found name: an organisation's head word among
  // them makes one longer name ("Pakistan Cricket Board"), even after a title's "of"; otherwise a
  // person's name after "prime minister of Pakistan" does not; in running text, any ordinary word right
  // after the name does ("Pakistan Super League"), unless it is a title ("Pakistan Prime Minister"),
  // and so does a common head word further on.
  const titleCase = isTitleCase();
  let organisation = false;
  let common = false;
  let word: WordSpan = next.word;
  for (let n = 0; n < MAX_RUN; n++) {
    const lower = n === 0 ? first : lowerWord(text, word);
    if (ORGANISATION_HEADS.has(lower)) {
      organisation = true;
      break;
    }
    common ||= COMMON_HEADS.has(lower);
    if (hasPossessive(text, word.end, text.length)) break;
    const after = neighbourAfter(ctx, word.end);
    if (!isNameWord(ctx, after) || ctx.startsMatch(after.word.start)) break;
    word = after.word;
  }
  if (organisation) return inBlock();
  if (titleCase || closesTitlePhrase(ctx, start)) return false;
  return (!TITLE_WORDS.has(first) || common) && inBlock();
}

/** "…prime minister of Pakistan Nawaz Sharif": the name ends a title's "of" phrase, and a person's name follows. */
function closesTitlePhrase(ctx: NameContext, start: number): boolean {
  const of = neighbourBefore(ctx, start);
  if (!of || of.gap !== Gap.Space || lowerWord(ctx.text, of.word) !== 'of') return false;
  const title = neighbourBefore(ctx, of.word.start);
  return title !== null && title.gap === Gap.Space && TITLE_WORDS.has(lowerWord(ctx.text, title.word));
}

function embeddedOnLeft(
  ctx: NameContext,
  start: number,
  end: number,
  isTitleCase: () => boolean,
  isPlace: boolean,
): boolean {
  const text = ctx.text;
  const previous = previousWord(text, start, 0);
  if (!previous) return false;
  // As on the right: the words first, a block boundary between them and the name last.
  const inBlock = (word: WordSpan) => !isCutBefore(ctx.isCut, word, start);
  if (previous.gap === Gap.Hyphen)
    return joinedByParticle(ctx, previous, neighbourBefore(ctx, previous.word.start)) && inBlock(previous.word);
  if (previous.gap !== Gap.Space) return false;
  const word = previous.word;
  const capitalised = isCapitalised(text, word);
  if (!capitalised && word.end - word.start > LONGEST_JOINING_WORD) return false;
  const lower = lowerWord(text, word);
  if (capitalised) {
    if (isAllCaps(text, word) || TITLE_WORDS.has(lower) || SENTENCE_WORDS.has(lower) || ctx.endsMatch(word.end))
      return false;
    if (startsSentence(text, word.start, 0) && ctx.isCommonWord(lower)) return false;
    // Whether the line is a headline in Title Case reads the words around: asked only when nothing else decides.
    return !hasInnerCapital(text, word) && !isTitleCase() && inBlock(word);
  }
  const joining = lower === 'and' || lower === 'for' || CONNECTOR_WORDS.has(lower);
  if (!joining) return false;
  const before = previousWord(text, word.start, 0);
  if (
    !before ||
    before.gap !== Gap.Space ||
    !isCapitalised(text, before.word) ||
    isAllCaps(text, before.word) ||
    ctx.endsMatch(before.word.end)
  )
    return false;
  if (!inBlock(before.word)) return false;
  const beforeLower = lowerWord(text, before.word);
  if (lower === 'and')
    return isPlace && !hasInnerCapital(text, before.word) && alwaysWrittenTogether(ctx, before.word, end);
  if (TITLE_WORDS.has(beforeLower)) return false;
  // "Election Commission of Pakistan", "University of Balochistan": an organisation's head before "of";
  // a person's name before it is an affiliation ("Omar Ayub Khan of Pakistan Tehreek-i-Insaf").
  if (lower === 'of' || lower === 'the')
    return !OF_THE_PLACE.has(beforeLower) && (ORGANISATION_HEADS.has(beforeLower) || COMMON_HEADS.has(beforeLower));
  // "Transport for London": a capitalised word that does not only open the sentence.
  if (lower === 'for')
    return (
      !SENTENCE_WORDS.has(beforeLower) && !(startsSentence(text, before.word.start, 0) && ctx.isCommonWord(beforeLower))
    );
  return true;
}

/** "DohaPakistan": two words run together by a page's markup, not a name. */
function hasInnerCapital(text: string, word: WordSpan): boolean {
  for (let i = word.start + 1; i < word.end; i++) if (isCapitalised(text, { start: i, end: i + 1 })) return true;
  return false;
}

/** "Pakistan Army (Amendment) Bill": a capitalised word in parentheses, then another, continue a title. */
function opensParentheticalTitle(text: string, end: number): boolean {
  let i = end;
  if (text.charCodeAt(i) === 0x20) i++;
  if (text.charCodeAt(i) !== 0x28) return false;
  const close = text.indexOf(')', i);
  if (
    close < 0 ||
    close - i > 30 ||
    !isCapitalised(text, { start: i + 1, end: close }) ||
    isAllCaps(text, { start: i + 1, end: close })
  )
    return false;
  const after = nextWord(text, close + 1, text.length);
  return after !== null && after.gap === Gap.Space && after.word.start === close + 2 && isCapitalised(text, after.word);
}

/** "Jammu and Kashmir": the word before "and" never stands on the page without the place after it. */
function alwaysWrittenTogether(ctx: NameContext, first: WordSpan, end: number): boolean {
  const text = ctx.text;
  const pair = text.slice(first.start, end);
  const head = text.slice(first.start, first.end);
  let together = 0;
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    if (!text.startsWith(pair, at)) return false;
    together++;
  }
  return together > 0;
}
