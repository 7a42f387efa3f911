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
