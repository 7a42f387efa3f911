/**
 * Splits a paragraph of news text into sentences. A full stop after a title
 * or an initial ("Lt. Gen.", "Dr.", "U.S.") does not end a sentence; the Urdu
 * full stop "۔" and question mark "؟" do.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'lt',
  'gen',
  'col',
  'maj',
  'capt',
  'brig',
  'sgt',
  'cpl',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'sr',
  'no',
  'vol',
  'rev',
  'hon',
  'mt',
  'ft',
  'vs',
  'e.g',
  'i.e',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
]);
const TERMINATORS = /[.!?\u06d4\u061f]/u;
const CLOSERS = /[”’"')\]»]/u;
const SENTENCE_START = /[\p{Lu}\p{N}“‘"'([«\p{Script=Arabic}]/u;

/** Sentence spans of `paragraph`, trimmed of surrounding white space. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const char = paragraph.charAt(i);
    if (!TERMINATORS.test(char)) continue;
    let end = i + 1;
    while (end < paragraph.length && (TERMINATORS.test(paragraph.charAt(end)) || CLOSERS.test(paragraph.charAt(end))))
      end++;
    let next = end;
    while (next < paragraph.length && /\s/u.test(paragraph.charAt(next))) next++;
    const isUrduStop = char === '\u06d4' || char === '\u061f';
    if (next === paragraph.length || (next > end && (isUrduStop || SENTENCE_START.test(paragraph.charAt(next))))) {
      if (char === '.' && isAbbreviation(paragraph, i)) continue;
      pushTrimmed(paragraph, start, end, spans);
      start = next;
      i = next - 1;
    }
  }
  pushTrimmed(paragraph, start, paragraph.length, spans);
  return spans;
}

/** True when the word before the full stop at `dot` is a title, an initial or an abbreviation. */
function isAbbreviation(text: string, dot: number): boolean {
  let wordStart = dot;
  while (wordStart > 0 && /[\p{L}.]/u.test(text.charAt(wordStart - 1))) wordStart--;
  const word = text.slice(wordStart, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "S." or the last letter of "U.S."
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text.charAt(s))) s++;
  while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}
