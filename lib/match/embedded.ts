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
  Gap,
  JOINING_PARTICLES,
  ORGANISATION_HEADS,
  SENTENCE_WORDS,
  TITLE_WORDS,
  hasPossessive,
  isAllCaps,
  isLetterCode,
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
  if (!mayContinueRight(ctx.text, start, end) && !mayContinueLeft(ctx.text, start)) return false;
  // Asked only where a capitalised neighbour makes it matter: most names stand among lower-case words.
  let titleCase: boolean | undefined;
  const isTitleCase = () => (titleCase ??= isTitleCaseAround(ctx, start, end));
  return embeddedOnRight(ctx, start, end, isTitleCase) || embeddedOnLeft(ctx, start, end, isTitleCase, isPlace);
}

const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;
const LOWER_A = 0x61;
const LOWER_Z = 0x7a;

/**
 * False when nothing after the name can continue it, read from a character or two without a copy: a
 * space and a lower-case letter (most names), or anything but a hyphen, an opening parenthesis or the
 * full stop of an initialism ("U.S. Air Force") right after it.
 */
function mayContinueRight(text: string, start: number, end: number): boolean {
  const next = text.charCodeAt(end);
  if (next === SPACE || next === NO_BREAK_SPACE) {
    const after = text.charCodeAt(end + 1);
    return !(after >= LOWER_A && after <= LOWER_Z);
  }
  if (next === FULL_STOP) return text.lastIndexOf('.', end - 1) > start;
  return next === OPENING_PARENTHESIS || next === 0x2d || next === 0x2010 || next === 0x2011;
}

const FULL_STOP = 0x2e;
const OPENING_PARENTHESIS = 0x28;

/**
 * False when nothing before the name can make it part of a longer one: a sentence mark or the start of
 * the text before it, or a space after a lower-case word too long to join names ("bint" is the longest).
 */
function mayContinueLeft(text: string, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  if (
    start === 0 ||
    before === 0x2c ||
    before === 0x3b ||
    before === 0x0a ||
    before === 0x28 ||
    before === 0x22 ||
    before === 0x201c
  )
    return false;
  if (before !== SPACE && before !== NO_BREAK_SPACE) return true;
  let i = start - 2;
  while (i >= 0 && text.charCodeAt(i) >= LOWER_A && text.charCodeAt(i) <= LOWER_Z) i--;
  const length = start - 2 - i;
  if (length === 0 || (i >= 0 && isLetterCode(text.charCodeAt(i)))) return true;
  // A lower-case ASCII word: only a joining word ("of", "bin", "and", "for") continues a name.
  return length <= LONGEST_JOINING_WORD && JOINING_LEFT.has(packedWord(text, i + 1, start - 1));
}

/**
 * A short lower-case ASCII word as a number, five bits a letter: most names follow a short word, and it is
 * looked up without being cut out of the text.
 */
function packedWord(text: string, start: number, end: number): number {
  let packed = 0;
  for (let i = start; i < end; i++) packed = packed * 32 + (text.charCodeAt(i) - 0x60);
  return packed;
}

const JOINING_LEFT = new Set(
  [...CONNECTOR_WORDS, 'and', 'for']
    .filter((word) => /^[a-z]+$/.test(word))
    .map((word) => packedWord(word, 0, word.length)),
);

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

/** The longest small word that joins a longer name ("bint"). */
const LONGEST_JOINING_WORD = 4;

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
    if (
      isTitleCase() ||
      isAllCaps(text, word) ||
      TITLE_WORDS.has(lower) ||
      SENTENCE_WORDS.has(lower) ||
      ctx.endsMatch(word.end)
    )
      return false;
    if (startsSentence(text, word.start, 0) && ctx.isCommonWord(lower)) return false;
    return !hasInnerCapital(text, word) && inBlock(word);
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

/** Small words that a headline in Title Case leaves in lower case. */
const TITLE_CASE_SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'as',
  'vs',
  'over',
  'amid',
  'after',
  'into',
  'near',
  'but',
  'is',
  's',
]);
const TITLE_CASE_REACH = 8;
const SENTENCE_ENDS = new Set([0x2e, 0x21, 0x3f, 0x0a, 0x0d]);

/** True when a sentence end or a line break lies between two offsets. */
function endsSentenceBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_ENDS.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * True when the words around a name, within its sentence or line, are all capitalised but for the
 * small words a headline leaves in lower case, with at least three of them: a headline in Title Case.
 */
function isTitleCaseAround(ctx: NameContext, start: number, end: number): boolean {
  const text = ctx.text;
  let capitalised = 0;
  let position = end;
  for (let n = 0; n < TITLE_CASE_REACH; n++) {
    const next = nextWord(text, position, text.length);
    if (!next || isCutAfter(ctx.isCut, position, next.word) || endsSentenceBetween(text, position, next.word.start))
      break;
    if (isCapitalised(text, next.word)) capitalised++;
    else if (!TITLE_CASE_SMALL.has(lowerWord(text, next.word))) return false;
    position = next.word.end;
  }
  position = start;
  for (let n = 0; n < TITLE_CASE_REACH; n++) {
    const previous = previousWord(text, position, 0);
    if (
      !previous ||
      isCutBefore(ctx.isCut, previous.word, position) ||
      endsSentenceBetween(text, previous.word.end, position)
    )
      break;
    if (isCapitalised(text, previous.word)) capitalised++;
    else if (!TITLE_CASE_SMALL.has(lowerWord(text, previous.word))) return false;
    position = previous.word.start;
  }
  return capitalised >= 3;
}
