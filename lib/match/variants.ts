/**
 * Spelling variants of romanised South Asian names. Urdu, Pashto and Arabic
 * names reach English in many spellings: Shehbaz/Shahbaz, Mohammad/Muhammad/
 * Mohammed, Ahmad/Ahmed, Aleema/Alima, Tehreek-e-Insaf/Tehreek-i-Insaf. The
 * skeleton of a word keeps what these spellings share:
 * - every run of vowels (a e i o u, and y after the first letter) becomes one "a";
 * - an "h" after a consonant is dropped (kh, sh, gh, th, dh, bh…);
 * - a doubled letter is written once;
 * - the izafat and Arabic particles between hyphens (-e-, -i-, -ul-) are left out.
 *
 * Only names of two words or more are compared by skeleton, never a single
 * word; a known short form after such a name is recognised in the spelling the
 * page used for it.
 */
import { foldLetter } from './char-class';
import { hashSet, hashSlot } from './hash-set';
import { JOINING_PARTICLES } from './word-lists';

const A = 0x61;
const H = 0x68;
const Y = 0x79;
const DOT = 0x2e;
const APOSTROPHE = 0x27;

/** Folded letters, cached per code unit (0 = not folded yet). */
const folded = new Uint16Array(65536);

function fold(code: number): number {
  let f = folded[code]!;
  if (f === 0) {
    f = foldLetter(code);
    folded[code] = f;
  }
  return f;
}

const isVowelCode = (c: number): boolean => c === A || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;

/**
 * Feeds the skeleton of `text[start, end)` (one word) to `emit`, one folded code unit at a time: the one
 * definition of the skeleton, shared by the string form and the streaming hash.
 */
function skeletonOf(text: string, start: number, end: number, emit: (code: number) => void): void {
  let last = -1;
  let previous = -1;
  for (let i = start; i < end; i++) {
    const letter = fold(text.charCodeAt(i));
    if (letter === DOT || letter === APOSTROPHE) continue;
    const vowel = isVowelCode(letter) || (letter === Y && i > start && i < end - 1);
    if (vowel) {
      if (last !== A) emit((last = A));
    } else if (letter === H && previous !== -1 && !isVowelCode(previous) && previous !== H) {
      // an aspiration mark: dropped
    } else if (letter !== last) {
      emit((last = letter));
    }
    previous = letter;
  }
}

/** The skeleton of one word (already free of separators). */
export function wordSkeleton(word: string): string {
  let out = '';
  skeletonOf(word, 0, word.length, (code) => {
    out += String.fromCharCode(code);
  });
  return out;
}

let streamed = 0;
const streamHash = (code: number): void => {
  streamed = Math.imul(streamed ^ code, 0x01000193);
};

/** `keyHashes(wordSkeleton(text.slice(start, end)))[0]`, without building either string. */
export function wordSkeletonHash(text: string, start: number, end: number): number {
  streamed = 0x811c9dc5 | 0;
  skeletonOf(text, start, end, streamHash);
  return streamed | 1;
}

const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+/gu;

/** The words of a name, particles left out. */
export function nameWords(name: string): string[] {
  return (name.match(LATIN_WORD) ?? []).filter((w) => !JOINING_PARTICLES.has(w.toLowerCase()));
}

/** The skeleton key of a name of two words or more, or null. */
export function nameSkeleton(words: readonly string[]): string | null {
  if (words.length < 2) return null;
  return words.map(wordSkeleton).join(' ');
}

/** Two independent 32-bit hashes of a key (FNV-1a and a multiplicative one), so that a probe needs no string. */
export function keyHashes(key: string): [number, number] {
  let a = 0x811c9dc5 | 0;
  let b = 0x12345678 | 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b + code, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a | 1, b];
}

/** Slots of a variant table: `[hashA, hashB, entity]`, open addressing; hashA 0 is an empty slot. */
const SLOT = 3;

/**
 * A table from name skeletons to entities. Full names of two words or more map to their entity;
 * `(entity, short-form skeleton)` pairs mark the short forms that may follow a variant spelling.
 */
export interface VariantTable {
  /** `[hashA, hashB, entity]` per slot; a skeleton shared by two entities is left out. */
  names: Int32Array;
  /**
   * Open-addressing set of the first hash of the skeleton of each such name's last word (0 = empty):
   * a run of capitalised words whose last word is not in it cannot be another spelling of a known name.
   */
  lastWords: Int32Array;
  /** `[hashA, hashB, entity]` per slot, keyed by `entity + ":" + skeleton` of a short form. */
  shortForms: Int32Array;
}

export interface VariantSource {
  type: string;
  aliases: readonly string[];
  shortForms: readonly string[];
}

const isLatin = (text: string): boolean => /^[\p{Script=Latin}\p{M}\s.'’-]+$/u.test(text);

/** Builds the variant table of a knowledge base. */
export function buildVariantTable(sources: readonly VariantSource[]): VariantTable {
  const names = new Map<string, number>();
  const lastWords = new Set<number>();
  const shortForms = new Map<string, number>();
  sources.forEach((source, entity) => {
    let hasVariantName = false;
    const add = (key: string | null) => {
      if (key === null) return;
      hasVariantName = true;
      lastWords.add(keyHashes(key.slice(key.lastIndexOf(' ') + 1))[0]);
      const owner = names.get(key);
      names.set(key, owner === undefined || owner === entity ? entity : -1);
    };
    for (const alias of source.aliases) {
      if (!isLatin(alias)) continue;
      const words = nameWords(alias);
      add(nameSkeleton(words));
      // A person's middle name is often left out: "Mahmood Achakzai" for "Mahmood Khan Achakzai".
      if (source.type === 'person' && words.length >= 3) add(nameSkeleton([words[0]!, words[words.length - 1]!]));
    }
    // `add` sets it, which TypeScript's narrowing does not see.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside the `add` closure
    if (!hasVariantName) return;
    for (const form of source.shortForms) {
      const words = nameWords(form);
      if (words.length === 1 && isLatin(form)) shortForms.set(`${entity}:${wordSkeleton(words[0]!)}`, entity);
    }
  });
  return {
    names: toTable([...names].filter(([, entity]) => entity >= 0)),
    lastWords: hashSet(lastWords),
    shortForms: toTable([...shortForms]),
  };
}

function toTable(entries: readonly [string, number][]): Int32Array {
  let slots = 16;
  while (slots < entries.length * 2) slots *= 2;
  const table = new Int32Array(slots * SLOT);
  const mask = slots - 1;
  for (const [key, entity] of entries) {
    const [a, b] = keyHashes(key);
    let slot = (Math.imul(a, 0x9e3779b1) >>> 0) & mask;
    while (table[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    table[slot * SLOT] = a;
    table[slot * SLOT + 1] = b;
    table[slot * SLOT + 2] = entity;
  }
  return table;
}

/** True when the skeleton of `text[start, end)`, one word, ends some known name of two words or more. */
export function endsKnownName(table: VariantTable, text: string, start: number, end: number): boolean {
  const set = table.lastWords;
  if (set.length === 0) return false;
  const mask = set.length - 1;
  const hash = wordSkeletonHash(text, start, end);
  let slot = hashSlot(hash, mask);
  for (;;) {
    const stored = set[slot]!;
    if (stored === hash) return true;
    if (stored === 0) return false;
    slot = (slot + 1) & mask;
  }
}

/** The entity stored under `key`, or -1. */
export function lookUp(table: Int32Array, key: string): number {
  const slots = table.length / SLOT;
  if (slots === 0) return -1;
  const mask = slots - 1;
  const [a, b] = keyHashes(key);
  let slot = (Math.imul(a, 0x9e3779b1) >>> 0) & mask;
  for (;;) {
    const stored = table[slot * SLOT]!;
    if (stored === 0) return -1;
    if (stored === a && table[slot * SLOT + 1] === b) return table[slot * SLOT + 2]!;
    slot = (slot + 1) & mask;
  }
}

/** True when `word` (as written on the page) is, by skeleton, one of `entity`'s short forms. */
export function isShortFormOf(table: VariantTable, entity: number, word: string): boolean {
  return lookUp(table.shortForms, `${entity}:${wordSkeleton(word)}`) === entity;
}
