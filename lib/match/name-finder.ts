/**
 * Finds the proper names of a text: runs of capitalised words, with the small
 * words that hold a longer name together ("Election Commission of Pakistan",
 * "Tehreek-e-Insaf", "Osama bin Laden"), split where a title stands
 * ("KP Chief Minister Sohail Afridi" is "KP" and "Sohail Afridi", with the
 * title "Chief Minister" kept beside the second) and without the capitalised
 * word that only opens a sentence. Acronyms (all capitals) are names of their
 * own. Pure: offsets into the text, no copy of it.
 */
import { CharKind } from './char-class';
import { URDU_STOPS, URDU_TITLE_PARTS, URDU_TITLES, startsArabicScript } from './urdu-words';
import { CONNECTOR_WORDS, JOINING_PARTICLES, SENTENCE_WORDS, TITLE_WORDS } from './word-lists';
import {
  Gap,
  hasPossessive,
  isAllCaps,
  isCutAfter,
  isUpperCode,
  kindOf,
  lowerWord,
  nextWord,
  startsSentence,
  wordEnd,
  type WordSpan,
} from './words';

export interface FoundName {
  start: number;
  end: number;
  /** The name's own words (connectors and particles included). */
  words: WordSpan[];
  /** Title words right before it ("Prime Minister", "Dr"). */
  titles: WordSpan[];
  /** All capitals, two to six letters: "PTI", "U.S.". */
  acronym: boolean;
}

const MAX_WORDS = 8;

/**
 * The names in `[from, to)` of `text`, in order.
 * @param isCut - true when a block boundary lies strictly between two offsets (names never span one)
 */
export function findNames(
  text: string,
  from = 0,
  to = text.length,
  isCut: (start: number, end: number) => boolean = () => false,
): FoundName[] {
  const names: FoundName[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (kindOf(code) !== CharKind.Letter) {
      i++;
      continue;
    }
    const first: WordSpan = { start: i, end: wordEnd(text, i, to) };
    if (!isUpperCode(code) || (i > from && kindOf(text.charCodeAt(i - 1)) === CharKind.Letter)) {
      i = first.end + 1;
      continue;
    }
    const run = readRun(text, first, to, isCut);
    split(text, run, names);
    i = run[run.length - 1]!.end;
  }
  return names;
}

/** Capitalised words from `first`, joined by spaces, hyphens and connectors. */
function readRun(
  text: string,
  first: WordSpan,
  to: number,
  isCut: (start: number, end: number) => boolean,
): WordSpan[] {
  const run = [first];
  let last = first;
  while (run.length < MAX_WORDS && !hasPossessive(text, last.end, to)) {
    const next = nextWord(text, last.end, to);
    if (!next || next.gap === Gap.Other || isCutAfter(isCut, last.end, next.word)) break;
    if (isUpperCode(text.charCodeAt(next.word.start))) {
      run.push(next.word);
      last = next.word;
      continue;
    }
    // A connector joins only when a capitalised word follows it.
    const lower = lowerWord(text, next.word);
    const joins =
      next.gap === Gap.Hyphen ? JOINING_PARTICLES.has(lower) : CONNECTOR_WORDS.has(lower) && lower !== 'the';
    if (!joins) break;
    const after = nextWord(text, next.word.end, to);
    if (
      !after ||
      after.gap === Gap.Other ||
      !isUpperCode(text.charCodeAt(after.word.start)) ||
      isCutAfter(isCut, next.word.end, after.word)
    )
      break;
    run.push(next.word, after.word);
    last = after.word;
  }
  return run;
}

function isTitle(text: string, word: WordSpan): boolean {
  return TITLE_WORDS.has(lowerWord(text, word));
}

/** Splits a run at titles and acronyms, drops a word that only opens the sentence, and trims connectors. */
function split(text: string, run: readonly WordSpan[], out: FoundName[]): void {
  const allCaps = run.length > 1 && run.every((w) => isAllCaps(text, w) || CONNECTOR_WORDS.has(lowerWord(text, w)));
  let titles: WordSpan[] = [];
  let words: WordSpan[] = [];
  const flush = () => {
    while (words.length > 0 && !isUpperCode(text.charCodeAt(words[words.length - 1]!.start))) words.pop();
    while (words.length > 0 && !isUpperCode(text.charCodeAt(words[0]!.start))) words.shift();
    if (words.length > 0) {
      const acronym = words.length === 1 && isAllCaps(text, words[0]!) && words[0]!.end - words[0]!.start <= 8;
      out.push({ start: words[0]!.start, end: words[words.length - 1]!.end, words, titles, acronym });
    }
    titles = [];
    words = [];
  };
  run.forEach((word, index) => {
    if (index === 0 && startsSentence(text, word.start, 0) && SENTENCE_WORDS.has(lowerWord(text, word))) return;
    if (isTitle(text, word) && !allCaps) {
      if (words.length > 0) flush();
      titles.push(word);
      return;
    }
    if (!allCaps && isAllCaps(text, word) && word.end - word.start <= 8) {
      flush();
      words.push(word);
      flush();
      return;
    }
    words.push(word);
  });
  flush();
}

const WORD = /[\p{L}\p{M}\u200C]+/gu;

export interface FoundUrduName {
  start: number;
  end: number;
  /** The title or honorific that announced it. */
  title: string;
}

/**
 * Urdu-script names, found by their own cues (Urdu has no capital letters): one to three words after a
 * title or an honorific ("وزیراعظم شہباز شریف", "جسٹس محمد علی مظہر"), up to a postposition or a
 * conjunction. Offsets are into `text`.
 */
export function findUrduNames(text: string, maxWords = 3): FoundUrduName[] {
  const words: { start: number; end: number; word: string }[] = [];
  for (const match of text.matchAll(WORD))
    if (startsArabicScript(match[0]))
      words.push({ start: match.index, end: match.index + match[0].length, word: match[0] });
  const names: FoundUrduName[] = [];
  for (let w = 0; w < words.length; w++) {
    if (!URDU_TITLES.has(words[w]!.word)) continue;
    let first = w + 1;
    const isTitlePart = (word: string) => URDU_TITLES.has(word) || URDU_TITLE_PARTS.has(word);
    while (
      first < words.length &&
      isTitlePart(words[first]!.word) &&
      isAdjacent(text, words[first - 1]!.end, words[first]!.start)
    )
      first++;
    let last = first - 1;
    for (let n = first; n < words.length && n < first + maxWords; n++) {
      if (
        URDU_STOPS.has(words[n]!.word) ||
        URDU_TITLES.has(words[n]!.word) ||
        !isAdjacent(text, words[n - 1]!.end, words[n]!.start)
      )
        break;
      last = n;
    }
    if (last >= first) {
      names.push({
        start: words[first]!.start,
        end: words[last]!.end,
        title: text.slice(words[w]!.start, words[first - 1]!.end),
      });
      w = last;
    }
  }
  return names;
}

/** Only spaces between two Urdu words: a comma, a full stop (۔) or a line break ends a name. */
function isAdjacent(text: string, end: number, start: number): boolean {
  for (let i = end; i < start; i++) if (text.charCodeAt(i) !== 0x20 && text.charCodeAt(i) !== 0xa0) return false;
  return start > end;
}
