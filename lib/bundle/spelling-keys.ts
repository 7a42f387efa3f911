/**
 * A looser spelling key than the linker's skeleton (`lib/match/variants.ts`),
 * for proposing aliases only, never for linking: the consonants of each word,
 * with "s" for "z" (Organisation/Organization), hyphens inside a word removed
 * (Co-operation/Cooperation) and the izafat and Arabic particles left out
 * (Fitna al Khwarij/Fitna al-Khawarij). A curator confirms what it proposes.
 */
import { wordSkeleton } from '../match/variants';

const PARTICLES = new Set(['e', 'i', 'ul', 'ud', 'al', 'el']);

/** The loose key of a name of two words or more, or null. */
export function looseKey(name: string): string | null {
  const words = name
    .toLowerCase()
    .replace(/-(?:e|i|ul|ud|al|el)-/gu, ' ')
    .replace(/\b(?:al|el)-/gu, ' ')
    .replace(/[-‐‑]/gu, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0 && !PARTICLES.has(w));
  if (words.length < 2 || words.some((w) => !/^[a-z\u00c0-\u024f]+$/u.test(w))) return null;
  const keys = words.map((w) => wordSkeleton(w).replace(/a/gu, '').replace(/z/gu, 's'));
  if (keys.some((k) => k.length === 0)) return null;
  return keys.join(' ');
}

/** True when two words differ by one letter added, dropped, changed, or two neighbours swapped ("Irman"/"Imran"). */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Keys of a name with one word left blank: "imran khan" -> ["* khan", "imran *"], with the blanked word. */
export function blankedKeys(name: string): { key: string; word: string }[] {
  const words = name.toLowerCase().split(/\s+/u).filter(Boolean);
  if (words.length < 2) return [];
  return words.map((word, i) => ({ key: words.map((w, j) => (j === i ? '*' : w)).join(' '), word }));
}
