/**
 * Finds every whole-word occurrence of a compiled alias in a string of page
 * text. One pass over the text hashes each word; only a word that can start
 * a name (a hit in the start-word set) walks the trie. The cost per character
 * therefore depends on the text, not on how many aliases the matcher holds.
 */
import { CharKind } from './char-class';
import { HASH_SEED, hashStep } from './alias-key';
import { LAST_SIBLING } from './compile';
import { hashSlot } from './hash-set';
import { classify, KIND_BITS, KIND_MASK, UNKNOWN, type RuntimeMatcher } from './runtime';
import { ARABIC_FIRST, ARABIC_LAST, endsBeforeGluedWord, gluedPrefixes, gluedSuffix, mayBeGlued } from './urdu-glue';

/** The child of `node` along letter class `cls`, or -1. Below the root, siblings are few: a linear look. */
function child(m: RuntimeMatcher, node: number, cls: number): number {
  if (node === 0) return m.rootChild[cls]!;
  let c = m.childStart[node]!;
  if (c === 0) return -1;
  const edges = m.edgeClass;
  for (;;) {
    const edge = edges[c]!;
    const edgeCls = edge & ~LAST_SIBLING;
    if (edgeCls === cls) return c;
    if (edgeCls > cls || edge & LAST_SIBLING) return -1;
    c++;
  }
}

/** Kind of the character at `i`. */
function kindAt(m: RuntimeMatcher, text: string, i: number): number {
  const code = text.charCodeAt(i);
  let info = m.charInfo[code]!;
  if (info === UNKNOWN) info = classify(m, code);
  return info & KIND_MASK;
}

/** True when no letter follows position `end` before `limit` (combining marks and joiners are looked through). */
function endsWord(m: RuntimeMatcher, text: string, end: number, limit: number): boolean {
  let i = end;
  while (i < limit) {
    const kind = kindAt(m, text, i);
    if (kind === CharKind.Ignore) {
      i++;
      continue;
    }
    if (kind === CharKind.Letter) return endsBeforeGluedWord(text, end, i, limit);
    if (kind === CharKind.Dot) return !(i + 1 < limit && kindAt(m, text, i + 1) === CharKind.Letter);
    return true;
  }
  return true;
}

function isAllUpperCase(text: string, start: number, end: number): boolean {
  const slice = text.slice(start, end);
  return slice === slice.toUpperCase();
}

/**
 * Walks the trie from a word start; returns the end of the longest alias that
 * ends on a word boundary before `limit` (and, for acronyms, is written in upper
 * case), or -1. The key found is left in `found[0]`.
 */
function longestAt(m: RuntimeMatcher, text: string, start: number, limit: number, found: Int32Array): number {
  let node = 0;
  let bestEnd = -1;
  let i = start;
  while (i < limit) {
    const code = text.charCodeAt(i);
    let info = m.charInfo[code]!;
    if (info === UNKNOWN) info = classify(m, code);
    const kind = info & KIND_MASK;
    if (kind === CharKind.Letter) {
      const cls = info >> KIND_BITS;
      if (cls === 0) break;
      node = child(m, node, cls);
      if (node < 0) break;
      i++;
      const key = m.nodeKey[node]!;
      if (
        key >= 0 &&
        endsWord(m, text, i, limit) &&
        (m.keyCaseSensitive[key] === 0 || isAllUpperCase(text, start, i))
      ) {
        bestEnd = i;
        found[0] = key;
      }
    } else if (kind === CharKind.Hard) {
      break;
    } else {
      i++; // separators and ignorable marks are skipped inside a name
    }
  }
  return bestEnd;
}

const LETTER: number = CharKind.Letter;
const IGNORE: number = CharKind.Ignore;
const DOT: number = CharKind.Dot;

/**
 * Where a text made of pieces (a page's text nodes, read as one string) breaks:
 * a piece boundary between two blocks, or at the edge of text that is never
 * read. No name spans a cut and no word runs through one, exactly as if each
 * run between two cuts were scanned on its own.
 */
export interface Cuts {
  /** Cuts known before the scan, in ascending order. */
  readonly known: ArrayLike<number>;
  /** The first cut strictly between `start` and `end`, or -1: asked only about a found name. */
  firstInside(start: number, end: number): number;
}

const NO_CUTS: Cuts = { known: [], firstInside: () => -1 };

/**
 * True when a cut at `offset` could change how the text is read into words:
 * characters that hold a word together meet there ("Khan|Nawaz", "said.|Imran").
 * Elsewhere a cut matters only inside a name found across it, which the scan asks
 * about itself (`Cuts.firstInside`), so the caller need not decide it up front.
 */
export function cutSplitsWord(m: RuntimeMatcher, text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = kindAt(m, text, offset - 1);
  const after = kindAt(m, text, offset);
  return (
    (before === LETTER || before === IGNORE || before === DOT) &&
    (after === LETTER || after === IGNORE || after === DOT)
  );
}

/**
 * Scans `text` and appends one `(start, end, key)` triple per match to `out`,
 * leftmost-longest and non-overlapping. Offsets are UTF-16 offsets into `text`.
 * With `cuts`, the text is read as runs between cuts (see `Cuts`).
 */
export function scanText(m: RuntimeMatcher, text: string, out: number[], cuts: Cuts = NO_CUTS): void {
  const found = new Int32Array(1);
  const known = cuts.known;
  let from = 0;
  for (let c = 0; c <= known.length; c++) {
    const to = c < known.length ? known[c]! : text.length;
    if (to > from) {
      scanRun(m, text, from, to, cuts, out, found);
      from = to;
    }
  }
}

/**
 * Scans one run between two known cuts. This loop runs once per character of
 * every page, so it is written for speed: a tight inner loop per word, one
 * table read per character, and no state but the word's hash. A letter outside
 * the matcher's alphabet hashes as class 0, which no start word holds.
 */
function scanRun(
  m: RuntimeMatcher,
  text: string,
  from: number,
  to: number,
  cuts: Cuts,
  out: number[],
  found: Int32Array,
): void {
  const info = m.charInfo;
  const table = m.startWords;
  const mask = table.length - 1;
  let i = from;
  while (i < to) {
    let code = text.charCodeAt(i);
    let ci = info[code]!;
    if (ci === UNKNOWN) ci = classify(m, code);
    if ((ci & KIND_MASK) !== LETTER) {
      i++;
      continue;
    }
    const start = i;
    const first = code;
    let hash = HASH_SEED;
    for (;;) {
      const kind = ci & KIND_MASK;
      if (kind === LETTER) hash = hashStep(hash, ci >> KIND_BITS);
      else if (kind !== IGNORE && !(kind === DOT && i + 1 < to && kindAt(m, text, i + 1) === LETTER)) break;
      if (++i === to) break;
      code = text.charCodeAt(i);
      ci = info[code]!;
      if (ci === UNKNOWN) ci = classify(m, code);
    }
    // Most words start no name: their slot in the start-word set is empty.
    const stored = hash || 1;
    const slot = hashSlot(stored, mask);
    let end = table[slot] === 0 ? -1 : nameAt(m, text, start, stored, slot, to, cuts, table, mask, found);
    if (end > 0) out.push(start, end, found[0]!);
    else if (first >= ARABIC_FIRST && first <= ARABIC_LAST && mayBeGlued(text, start, i))
      end = gluedNameAt(m, text, start, i, to, cuts, out, found);
    if (end > 0) {
      i = end;
    } else {
      i++; // the character that ended the word is not a letter
    }
  }
}

/**
 * When the first word's hash (as stored: never 0) is in the start-word set, the
 * end of the longest name starting at `start` that no cut runs through; else -1.
 * The probe goes on from `slot`, the hash's home slot.
 */
function nameAt(
  m: RuntimeMatcher,
  text: string,
  start: number,
  hash: number,
  slot: number,
  limit: number,
  cuts: Cuts,
  table: Int32Array,
  mask: number,
  found: Int32Array,
): number {
  for (;;) {
    const stored = table[slot]!;
    if (stored === hash) break;
    if (stored === 0) return -1;
    slot = (slot + 1) & mask;
  }
  let end = longestAt(m, text, start, limit, found);
  let cut = end > 0 ? cuts.firstInside(start, end) : -1;
  while (cut > 0) {
    end = longestAt(m, text, start, cut, found);
    cut = end > 0 ? cuts.firstInside(start, end) : -1;
  }
  return end;
}

/**
 * A name glued in Urdu to a small word before it ("کوکوئٹہ": "کو" + "کوئٹہ") or after it ("پشاورمیں"):
 * appends it to `out` and returns its end, or -1. `[start, wordEnd)` is a word no name starts.
 */
function gluedNameAt(
  m: RuntimeMatcher,
  text: string,
  start: number,
  wordEnd: number,
  limit: number,
  cuts: Cuts,
  out: number[],
  found: Int32Array,
): number {
  const prefixes = gluedPrefixes(text, start, wordEnd);
  const suffix = gluedSuffix(text, start, wordEnd);
  if (prefixes === 0 && suffix === 0) return -1;
  for (let length = 0; start + length < wordEnd; length++) {
    if (length > 0 && (prefixes & (1 << length)) === 0) continue;
    const nameStart = start + length;
    // The word without the small word before it, then without the one after it too.
    let end = length > 0 ? nameFrom(m, text, nameStart, wordEnd, limit, cuts, found) : -1;
    if (end < 0 && suffix > 0 && wordEnd - suffix > nameStart)
      end = nameFrom(m, text, nameStart, wordEnd - suffix, limit, cuts, found);
    if (end > 0) {
      out.push(nameStart, end, found[0]!);
      return end;
    }
    if (prefixes >>> (length + 1) === 0) break;
  }
  return -1;
}

/** `nameAt` for a first word `[start, wordStop)` that the scan did not hash on its own. */
function nameFrom(
  m: RuntimeMatcher,
  text: string,
  start: number,
  wordStop: number,
  limit: number,
  cuts: Cuts,
  found: Int32Array,
): number {
  const table = m.startWords;
  let hash = HASH_SEED;
  for (let i = start; i < wordStop; i++) {
    const code = text.charCodeAt(i);
    let ci = m.charInfo[code]!;
    if (ci === UNKNOWN) ci = classify(m, code);
    if ((ci & KIND_MASK) === LETTER) hash = hashStep(hash, ci >> KIND_BITS);
  }
  const stored = hash || 1;
  const slot = hashSlot(stored, table.length - 1);
  return table[slot] === 0 ? -1 : nameAt(m, text, start, stored, slot, limit, cuts, table, table.length - 1, found);
}
