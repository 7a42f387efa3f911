/**
 * Folding for search: the matcher's letter folding (case, diacritics,
 * Arabic-script variants) plus the spelling variants of transliterated names,
 * so that "Pakhtoonkhwa", "Tehrik" and "Yousaf" meet "Pakhtunkhwa",
 * "Tehreek" and "Yusaf".
 */
import { CharKind, charKind, foldLetter } from '../match/char-class';

/** Applied in this order, each over the whole string, left to right (as `String.replace` with /g does). */
const TRANSLITERATION: readonly [string, string][] = [
  ['ee', 'i'],
  ['ii', 'i'],
  ['oo', 'u'],
  ['ou', 'u'],
  ['uu', 'u'],
  ['aa', 'a'],
  ['ph', 'f'],
];
const TRANSLITERATION_RE: readonly [RegExp, string][] = TRANSLITERATION.map(([from, to]) => [
  new RegExp(from, 'gu'),
  to,
]);
const HAS_PAIR = /ee|ii|oo|ou|uu|aa|ph/u;

// charKind and foldLetter test regular expressions and normalise per call; a
// knowledge base's evidence runs to millions of characters, so both are
// remembered per code unit (0 = not computed yet: no kind and no folded letter is 0).
const KINDS = new Uint8Array(0x10000);
const FOLDED = new Uint16Array(0x10000);

function kindOf(code: number): CharKind {
  let kind = KINDS[code]!;
  if (kind === 0) KINDS[code] = kind = charKind(code);
  return kind as CharKind;
}

function foldedOf(code: number): number {
  let folded = FOLDED[code]!;
  if (folded === 0) FOLDED[code] = folded = foldLetter(code);
  return folded;
}

const LETTER = /\p{L}/u;

/**
 * Walks `text` and calls `emit` for each character of the folded text (before
 * transliteration): a folded letter, or a space (code 32) between two words.
 */
function walk(text: string, emit: (code: number, sourceStart: number, sourceEnd: number) => void): void {
  let pendingSpace = -1;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === CharKind.Letter) {
      if (pendingSpace >= 0 && any) emit(32, pendingSpace, i);
      pendingSpace = -1;
      any = true;
      emit(foldedOf(code), i, i + 1);
    } else if (kind !== CharKind.Ignore && !(kind === CharKind.Dot && LETTER.test(text.charAt(i + 1)))) {
      if (pendingSpace < 0) pendingSpace = i;
    }
  }
}

/** Lower-case, accent-free, one space between words, transliteration variants merged. */
export function foldForSearch(text: string): string {
  // The same walk as `walk`, inlined: this runs over every name, role and evidence word of the knowledge base.
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === CharKind.Letter) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(foldedOf(code));
    } else if (kind !== CharKind.Ignore && !(kind === CharKind.Dot && LETTER.test(text.charAt(i + 1)))) {
      pendingSpace = true;
    }
  }
  if (!HAS_PAIR.test(out)) return out;
  for (const [pattern, replacement] of TRANSLITERATION_RE) out = out.replace(pattern, replacement);
  return out;
}

export interface FoldedText {
  /** The same string as `foldForSearch(text)`. */
  folded: string;
  /** For each character of `folded`, the range of `text` it came from. */
  starts: number[];
  ends: number[];
}

/** `foldForSearch` that also tells where each folded character came from (to mark a match in the original text). */
export function foldWithOffsets(text: string): FoldedText {
  let chars: string[] = [];
  let starts: number[] = [];
  let ends: number[] = [];
  walk(text, (code, start, end) => {
    chars.push(String.fromCharCode(code));
    starts.push(start);
    ends.push(end);
  });
  for (const [from, to] of TRANSLITERATION) {
    const nextChars: string[] = [];
    const nextStarts: number[] = [];
    const nextEnds: number[] = [];
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === from[0] && chars[i + 1] === from[1]) {
        nextChars.push(to);
        nextStarts.push(starts[i]!);
        nextEnds.push(ends[i + 1]!);
        i++;
      } else {
        nextChars.push(chars[i]!);
        nextStarts.push(starts[i]!);
        nextEnds.push(ends[i]!);
      }
    }
    chars = nextChars;
    starts = nextStarts;
    ends = nextEnds;
  }
  return { folded: chars.join(''), starts, ends };
}

/**
 * Calls `visit` with each word of `foldForSearch(text)` that has at least
 * `minLength` characters, in order (repeats included). The same words as
 * splitting the folded text at its spaces (no transliteration pair spans a
 * space), without building the folded text: this runs over every evidence
 * sentence, where most words repeat, so each raw word is folded once.
 * @param memo - raw word → folded word, shared across calls
 */
export function forEachFoldedWord(
  text: string,
  minLength: number,
  visit: (word: string) => void,
  memo = new Map<string, string>(),
): void {
  let start = -1;
  const flush = (end: number) => {
    const raw = text.slice(start, end);
    let word = memo.get(raw);
    if (word === undefined) memo.set(raw, (word = foldForSearch(raw)));
    if (word.length >= minLength) visit(word);
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const kind = kindOf(text.charCodeAt(i));
    if (kind === CharKind.Letter) {
      if (start < 0) start = i;
    } else if (start >= 0 && kind !== CharKind.Ignore && !(kind === CharKind.Dot && LETTER.test(text.charAt(i + 1)))) {
      flush(i);
    }
  }
  if (start >= 0) flush(text.length);
}
