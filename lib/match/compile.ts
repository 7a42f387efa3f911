/**
 * Compiles every alias of a knowledge base into one matcher: a trie over
 * folded letters (a handful of typed arrays that travel to a tab as bytes) and
 * a hash set of the words a name can start with.
 *
 * The trie is laid out depth first: each node's children sit side by side, and
 * the children of the first of them right after, so following a name down the
 * trie reads memory in order. Below the first word or two almost every node has
 * a single child, and at 100,000 aliases the arrays are far larger than the
 * processor's caches: the order decides how many cache misses a match costs.
 */
import type { EntityType } from '../bundle/schema';
import { aliasKey, hashStep, HASH_SEED } from './alias-key';
import { hashSet } from './hash-set';
import { buildVariantTable, type VariantTable } from './variants';

/** What a tab needs to know about an entity to paint and report it. */
export interface MatcherEntity {
  id: string;
  name: string;
  type: EntityType;
  region: string | null;
  contextual: boolean;
  /** A news agency or outlet: a credit line ("(AFP)", "Photo: AP") names it. */
  press: boolean;
}

export interface MatcherSource extends Omit<MatcherEntity, 'press'> {
  aliases: readonly string[];
  shortForms: readonly string[];
  /** What the entity is; a news agency's or outlet's role makes it `press`. */
  role?: string;
}

const PRESS_ROLE = /\b(news|newspaper|broadcaster|wire service|press agency)\b/iu;

/** A compiled matcher: plain data, no functions, so it can be serialised and cached. */
export interface CompiledMatcher {
  /** Folded letter of each class; class `c` is `alphabet[c - 1]`, class 0 is "not in any alias". */
  alphabet: string;
  /** First child of node `n` (0 for a leaf: the root is nobody's child). Siblings follow it, sorted by class. */
  childStart: Int32Array;
  /** Class of the edge that leads into each node, with `LAST_SIBLING` set on the last child of its parent. */
  edgeClass: Uint16Array;
  /** Key reached at each node, or -1. */
  nodeKey: Int32Array;
  /** Open-addressing set of word-prefix hashes (0 = empty slot). */
  startWords: Int32Array;
  /** Per key: first index into the candidate arrays; `keyCandidates[k + 1]` ends it. */
  keyCandidates: Int32Array;
  /** Per key: 1 when the key is an acronym that matches only in upper case. */
  keyCaseSensitive: Uint8Array;
  /** Per candidate: the entity index. */
  candidateEntity: Int32Array;
  /** Per candidate: 1 when the alias is a short form. */
  candidateShort: Uint8Array;
  /**
   * Per candidate: 1 when the alias is generic and links only with context: an alias of a contextual
   * entity ("Senate", "Levies"), unless it names a place of the entity's own region ("Balochistan Levies").
   */
  candidateContextual: Uint8Array;
  /** Skeletons of full names and short forms, for other spellings of a name (`variants.ts`). */
  variants: VariantTable;
  entities: MatcherEntity[];
}

export interface CompileReport {
  matcher: CompiledMatcher;
  /** Aliases that can never match (no letters, or characters such as "&" that end a name). */
  skipped: { entityId: string; alias: string }[];
}

/** Flag in `edgeClass`: no sibling follows this node. */
export const LAST_SIBLING = 0x8000;
/** Letter classes must stay below the flag. */
const MAX_LETTER_CLASSES = LAST_SIBLING - 1;

interface BuildNode {
  children: Map<number, BuildNode>;
  key: number;
}

interface Candidate {
  entity: number;
  short: boolean;
  caseSensitive: boolean;
  contextual: boolean;
}

/** Compiles the aliases and short forms of `sources` into one matcher. */
export function compileMatcher(sources: readonly MatcherSource[]): CompileReport {
  const classOf = new Map<string, number>();
  let alphabet = '';
  const root: BuildNode = { children: new Map(), key: -1 };
  let nodeCount = 1;
  const keyCandidates: Candidate[][] = [];
  const startHashes = new Set<number>();
  const skipped: CompileReport['skipped'] = [];
  const placesByRegion = regionPlaceKeys(sources);

  sources.forEach((source, entityIndex) => {
    const forms: [string, boolean][] = [
      ...source.aliases.map((a): [string, boolean] => [a, false]),
      ...source.shortForms.map((a): [string, boolean] => [a, true]),
    ];
    for (const [alias, short] of forms) {
      const key = aliasKey(alias);
      if (!key) {
        skipped.push({ entityId: source.id, alias });
        continue;
      }
      if (!fitsAlphabet(key.folded, classOf, alphabet.length)) {
        skipped.push({ entityId: source.id, alias });
        continue;
      }
      let node = root;
      let hash = HASH_SEED;
      let wordIndex = 0;
      for (let i = 0; i < key.folded.length; i++) {
        const letter = key.folded.charAt(i);
        let cls = classOf.get(letter);
        if (cls === undefined) {
          alphabet += letter;
          cls = alphabet.length;
          classOf.set(letter, cls);
        }
        hash = hashStep(hash, cls);
        if (key.wordEnds[wordIndex] === i + 1) {
          startHashes.add(hash || 1);
          wordIndex++;
        }
        let child = node.children.get(cls);
        if (!child) {
          child = { children: new Map(), key: -1 };
          node.children.set(cls, child);
          nodeCount++;
        }
        node = child;
      }
      if (node.key < 0) {
        node.key = keyCandidates.length;
        keyCandidates.push([]);
      }
      const candidates = keyCandidates[node.key]!;
      const existing = candidates.find((c) => c.entity === entityIndex);
      const contextual =
        source.contextual && !namesPlaceOf(key.folded, key.wordEnds, placesByRegion.get(source.region ?? ''));
      if (existing) {
        existing.short &&= short;
        existing.caseSensitive &&= key.caseSensitive;
        existing.contextual &&= contextual;
      } else {
        candidates.push({ entity: entityIndex, short, caseSensitive: key.caseSensitive, contextual });
      }
    }
  });

  return { matcher: layOut(root, nodeCount, alphabet, keyCandidates, startHashes, sources), skipped };
}

/** Per region, the folded aliases of its places that always link (not contextual ones). */
function regionPlaceKeys(sources: readonly MatcherSource[]): Map<string, Set<string>> {
  const byRegion = new Map<string, Set<string>>();
  for (const source of sources) {
    if (source.type !== 'place' || source.contextual || source.region === null) continue;
    const keys = byRegion.get(source.region) ?? new Set<string>();
    byRegion.set(source.region, keys);
    for (const alias of source.aliases) {
      const key = aliasKey(alias);
      if (key && !key.caseSensitive) keys.add(key.folded);
    }
  }
  return byRegion;
}

/** True when a run of the alias's words is one of `places` ("balochistan" in "balochistanlevies"). */
function namesPlaceOf(folded: string, wordEnds: readonly number[], places: Set<string> | undefined): boolean {
  if (!places || wordEnds.length < 2) return false;
  const starts = [0, ...wordEnds.slice(0, -1)];
  for (const start of starts)
    for (const end of wordEnds)
      if (end > start && end - start < folded.length && places.has(folded.slice(start, end))) return true;
  return false;
}

/** False when the alias would bring the alphabet past what an edge can hold (tens of thousands of distinct letters). */
function fitsAlphabet(folded: string, classOf: Map<string, number>, size: number): boolean {
  if (size + folded.length <= MAX_LETTER_CLASSES) return true;
  let added = 0;
  for (const letter of new Set(folded)) if (!classOf.has(letter)) added++;
  return size + added <= MAX_LETTER_CLASSES;
}

function layOut(
  root: BuildNode,
  nodeCount: number,
  alphabet: string,
  keyCandidates: Candidate[][],
  startHashes: Set<number>,
  sources: readonly MatcherSource[],
): CompiledMatcher {
  const childStart = new Int32Array(nodeCount);
  const edgeClass = new Uint16Array(nodeCount);
  const nodeKey = new Int32Array(nodeCount);
  nodeKey[0] = root.key;
  let next = 1;
  // Depth first, with an explicit stack: a node's children get consecutive
  // indices when it is reached, then its first child is expanded before its siblings.
  const stack: [BuildNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, index] = stack.pop()!;
    if (node.children.size === 0) continue;
    const classes = [...node.children.keys()].sort((a, b) => a - b);
    const first = next;
    childStart[index] = first;
    next += classes.length;
    classes.forEach((cls, i) => {
      const child = node.children.get(cls)!;
      edgeClass[first + i] = i === classes.length - 1 ? cls | LAST_SIBLING : cls;
      nodeKey[first + i] = child.key;
    });
    for (let i = classes.length - 1; i >= 0; i--) stack.push([node.children.get(classes[i]!)!, first + i]);
  }

  const candidateCount = keyCandidates.reduce((sum, c) => sum + c.length, 0);
  const keyStart = new Int32Array(keyCandidates.length + 1);
  const keyCaseSensitive = new Uint8Array(keyCandidates.length);
  const candidateEntity = new Int32Array(candidateCount);
  const candidateShort = new Uint8Array(candidateCount);
  const candidateContextual = new Uint8Array(candidateCount);
  let c = 0;
  keyCandidates.forEach((candidates, k) => {
    keyStart[k] = c;
    // Mixed case-sensitivity under one key: the case-insensitive alias decides.
    keyCaseSensitive[k] = candidates.every((x) => x.caseSensitive) ? 1 : 0;
    for (const candidate of candidates) {
      candidateEntity[c] = candidate.entity;
      candidateShort[c] = candidate.short ? 1 : 0;
      candidateContextual[c] = candidate.contextual ? 1 : 0;
      c++;
    }
  });
  keyStart[keyCandidates.length] = c;

  return {
    alphabet,
    childStart,
    edgeClass,
    nodeKey,
    startWords: hashSet(startHashes),
    keyCandidates: keyStart,
    keyCaseSensitive,
    candidateEntity,
    candidateShort,
    candidateContextual,
    variants: buildVariantTable(sources),
    entities: sources.map(({ id, name, type, region, contextual, role }) => ({
      id,
      name,
      type,
      region,
      contextual,
      press: type === 'group' && PRESS_ROLE.test(role ?? ''),
    })),
  };
}
