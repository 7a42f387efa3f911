/**
 * A compiled matcher as a tab holds it: the compiled tables, and the lookups a scan builds on first use
 * (each code unit's kind and letter class) or once when the matcher arrives (the root's children, the
 * regions of the entities).
 */
import { CharKind, charKind, foldLetter } from './char-class';
import { LAST_SIBLING, type CompiledMatcher } from './compile';

/** `charInfo` of a code unit not classified yet. */
export const UNKNOWN = -1;
/** `charInfo` is `kind | letterClass << KIND_BITS`. */
export const KIND_BITS = 3;
export const KIND_MASK = 7;

/** A compiled matcher with the lookup tables a scan builds lazily. */
export interface RuntimeMatcher extends CompiledMatcher {
  /** Per UTF-16 code unit: `kind | letterClass << 3`, or -1 before first use. */
  charInfo: Int32Array;
  classOfLetter: Map<number, number>;
  /** Child of the root per letter class (the root has the most children). */
  rootChild: Int32Array;
  /** Per entity: index of its region in `regions`, or -1 (the resolver's tables, kept flat). */
  entityRegion: Int32Array;
  regions: string[];
  /** Index in `regions` of the region most entities belong to (the knowledge base's world), or -1. */
  homeRegion: number;
}

export function toRuntime(compiled: CompiledMatcher): RuntimeMatcher {
  const classOfLetter = new Map<number, number>();
  for (let i = 0; i < compiled.alphabet.length; i++) classOfLetter.set(compiled.alphabet.charCodeAt(i), i + 1);
  const rootChild = new Int32Array(compiled.alphabet.length + 1).fill(-1);
  const first = compiled.childStart[0]!;
  for (let n = first; first > 0; n++) {
    const edge = compiled.edgeClass[n]!;
    rootChild[edge & ~LAST_SIBLING] = n;
    if (edge & LAST_SIBLING) break;
  }
  const regions: string[] = [];
  const regionIndex = new Map<string, number>();
  const entityRegion = new Int32Array(compiled.entities.length);
  const regionSizes: number[] = [];
  compiled.entities.forEach(({ region }, e) => {
    let index = -1;
    if (region !== null) {
      index = regionIndex.get(region) ?? regions.push(region) - 1;
      regionIndex.set(region, index);
      regionSizes[index] = (regionSizes[index] ?? 0) + 1;
    }
    entityRegion[e] = index;
  });
  let homeRegion = -1;
  regionSizes.forEach((size, index) => {
    if (homeRegion < 0 || size > regionSizes[homeRegion]!) homeRegion = index;
  });
  return {
    ...compiled,
    charInfo: new Int32Array(65536).fill(UNKNOWN),
    classOfLetter,
    rootChild,
    entityRegion,
    regions,
    homeRegion,
  };
}

/** The kind and letter class of a code unit, classified once and kept in `charInfo`. */
export function classify(m: RuntimeMatcher, code: number): number {
  const kind = charKind(code);
  const info = kind === CharKind.Letter ? kind | ((m.classOfLetter.get(foldLetter(code)) ?? 0) << KIND_BITS) : kind;
  m.charInfo[code] = info;
  return info;
}
