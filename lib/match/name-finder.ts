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
import {
  CONNECTOR_WORDS,
  Gap,
  JOINING_PARTICLES,
  SENTENCE_WORDS,
  TITLE_WORDS,
  hasPossessive,
  isAllCaps,
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
export function findNames(text: string, from = 0, to = text.length, isCut: (start: number, end: number) => boolean = () => false): FoundName[] {
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
function readRun(text: string, first: WordSpan, to: number, isCut: (start: number, end: number) => boolean): WordSpan[] {
  const run = [first];
  let last = first;
  while (run.length < MAX_WORDS && !hasPossessive(text, last.end, to)) {
    const next = nextWord(text, last.end, to);
    if (!next || next.gap === Gap.Other || isCut(last.end, next.word.end)) break;
    if (isUpperCode(text.charCodeAt(next.word.start))) {
      run.push(next.word);
      last = next.word;
      continue;
    }
    // A connector joins only when a capitalised word follows it.
    const lower = lowerWord(text, next.word);
    const joins = next.gap === Gap.Hyphen ? JOINING_PARTICLES.has(lower) : CONNECTOR_WORDS.has(lower) && lower !== 'the';
    if (!joins) break;
    const after = nextWord(text, next.word.end, to);
    if (!after || after.gap === Gap.Other || !isUpperCode(text.charCodeAt(after.word.start)) || isCut(next.word.end, after.word.end)) break;
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
