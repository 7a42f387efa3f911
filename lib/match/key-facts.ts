/**
 * What the linker asks of every found name, read once per matcher into flat arrays so that a page
 * pass answers it without walking the candidates of each key: the key's full candidate, whether it is
 * a short form, whether it waits for context, and each entity's short forms.
 */
import type { RuntimeMatcher } from './runtime';

export type KeySource = Pick<
  RuntimeMatcher,
  'keyCandidates' | 'candidateEntity' | 'candidateShort' | 'candidateContextual' | 'entities' | 'entityRegion'
>;

/** `full[key]` when the key has no full (not short-form) candidate: -1, as `PageLinker.fullCandidate` says it. */
const NO_FULL = -1;
/** `full[key]` when it has several of different regions: the page's regions decide between them. */
export const SEVERAL_FULL = -2;

export const KeyFlag = {
  /** Some candidate of the key is a short form. */
  Short: 1,
  /** The key's only full candidate is a generic name that waits for context. */
  Contextual: 2,
} as const;

export interface KeyFacts {
  /**
   * Per key: its full candidate, NO_FULL or SEVERAL_FULL. Of several in one region the first is taken, as the
   * page's regions cannot tell them apart.
   */
  full: Int32Array;
  /** Per key: `KeyFlag` bits. */
  flags: Uint8Array;
  /** Per entity: 1 for a place. */
  place: Uint8Array;
  /** Per entity, the keys of its short forms, in compressed rows: `shortKeys[shortStart[e]..shortStart[e + 1])`. */
  shortStart: Int32Array;
  shortKeys: Int32Array;
}

const factsOf = new WeakMap<object, KeyFacts>();

/** The key facts of a matcher, built on first use and kept as long as the matcher. */
export function keyFacts(m: KeySource): KeyFacts {
  let facts = factsOf.get(m);
  if (!facts) {
    facts = buildKeyFacts(m);
    factsOf.set(m, facts);
  }
  return facts;
}

function buildKeyFacts(m: KeySource): KeyFacts {
  const keyCount = m.keyCandidates.length - 1;
  const full = new Int32Array(keyCount).fill(NO_FULL);
  const flags = new Uint8Array(keyCount);
  const shortStart = new Int32Array(m.entities.length + 1);
  for (let key = 0; key < keyCount; key++) {
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      const entity = m.candidateEntity[c]!;
      if (m.candidateShort[c] === 1) {
        flags[key]! |= KeyFlag.Short;
        shortStart[entity + 1]!++;
      } else if (full[key] === NO_FULL) {
        full[key] = entity;
        if (m.candidateContextual[c] === 1) flags[key]! |= KeyFlag.Contextual;
      } else if (full[key] !== SEVERAL_FULL && m.entityRegion[full[key]!] !== m.entityRegion[entity]) {
        full[key] = SEVERAL_FULL;
        flags[key]! &= ~KeyFlag.Contextual;
      }
    }
  }
  for (let e = 0; e < m.entities.length; e++) shortStart[e + 1]! += shortStart[e]!;
  const shortKeys = new Int32Array(shortStart[m.entities.length]!);
  const filled = shortStart.slice(0, m.entities.length);
  for (let key = 0; key < keyCount; key++) {
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 1) shortKeys[filled[m.candidateEntity[c]!]!++] = key;
    }
  }
  const place = new Uint8Array(m.entities.length);
  m.entities.forEach((entity, e) => {
    if (entity.type === 'place') place[e] = 1;
  });
  return { full, flags, place, shortStart, shortKeys };
}
