/** Headlines in Title Case, where every word is capitalised and a capital says nothing of a name's edges. */
import { isCapitalised, isCutAfter, isCutBefore, lowerWord, nextWord, previousWord } from './words';

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
export function isTitleCaseAround(
  text: string,
  isCut: (start: number, end: number) => boolean,
  start: number,
  end: number,
): boolean {
  let capitalised = 0;
  let position = end;
  for (let n = 0; n < TITLE_CASE_REACH; n++) {
    const next = nextWord(text, position, text.length);
    if (!next || isCutAfter(isCut, position, next.word) || endsSentenceBetween(text, position, next.word.start)) break;
    if (isCapitalised(text, next.word)) capitalised++;
    else if (!TITLE_CASE_SMALL.has(lowerWord(text, next.word))) return false;
    position = next.word.end;
  }
  position = start;
  for (let n = 0; n < TITLE_CASE_REACH; n++) {
    const previous = previousWord(text, position, 0);
    if (
      !previous ||
      isCutBefore(isCut, previous.word, position) ||
      endsSentenceBetween(text, previous.word.end, position)
    )
      break;
    if (isCapitalised(text, previous.word)) capitalised++;
    else if (!TITLE_CASE_SMALL.has(lowerWord(text, previous.word))) return false;
    position = previous.word.start;
  }
  return capitalised >= 3;
}
