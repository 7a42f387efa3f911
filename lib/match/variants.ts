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
import { JOINING_PARTICLES } from './words';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The skeleton of one word (already free of separators). */
export function wordSkeleton(word: string): string {
  let out = '';
  let previous = '';
  for (let i = 0; i < word.length; i++) {
    const letter = String.fromCharCode(foldLetter(word.charCodeAt(i)));
    if (letter === '.' || letter === "'") continue;
    const vowel = VOWELS.has(letter) || (letter === 'y' && i > 0 && i < word.length - 1);
    if (vowel) {
      if (!out.endsWith('a')) out += 'a';
    } else if (letter === 'h' && previous !== '' && !VOWELS.has(previous) && previous !== 'h') {
      // an aspiration mark: dropped
    } else if (letter !== out[out.length - 1]) {
      out += letter;
    }
    previous = letter;
  }
  return out;
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
  const shortForms = new Map<string, number>();
  sources.forEach((source, entity) => {
    let hasVariantName = false;
    const add = (key: string | null) => {
      if (key === null) return;
      hasVariantName = true;
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
    if (!hasVariantName) return;
    for (const form of source.shortForms) {
      const words = nameWords(form);
      if (words.length === 1 && isLatin(form)) shortForms.set(`${entity}:${wordSkeleton(words[0]!)}`, entity);
    }
  });
  return { names: toTable([...names].filter(([, entity]) => entity >= 0)), shortForms: toTable([...shortForms]) };
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
