/**
 * Decides which entity each found name links to, page by page, in document
 * order, and why. A link is made only when the page supports it:
 * - a full name links, unless it sits inside a longer proper name the knowledge
 *   base does not have (`embedded.ts`);
 * - a short form ("Khan") links to the most recent person on the page whose
 *   name carries it, and only if that person is in the knowledge base (`short-forms.ts`);
 * - an acronym links when the page names its entity in full or defines it the
 *   same way; a definition with another expansion, a wire or photo credit, or a
 *   page that is not about the knowledge base's world keeps it unlinked (`acronyms.ts`);
 * - a generic name ("Senate") links only on pages about its region;
 * - a name of two words or more spelled another way ("Shahbaz Shareef") links
 *   by its skeleton (`variants.ts`), and its short forms after it as the page spells them.
 *
 * With `rules: false` only the knowledge base's own forms count (a short form
 * after a full mention, a generic name with context): the pass before these
 * rules, kept to measure what they cost.
 */
import { findDefinitions, indexParentheses, isCredit, isGluedToSymbol, isInLongerUrduAcronym, type AcronymDefinition, type Parentheses } from './acronyms';
import { isEmbedded, type NameContext } from './embedded';
import { findNames, type FoundName } from './name-finder';
import { capitalisedRuns } from './name-runs';
import type { RuntimeMatcher } from './scan';
import { NOBODY, ShortFormBearers, UNSEEN, isAttributive, isInLongerName } from './short-forms';
import { endsKnownName, isShortFormOf, lookUp, nameSkeleton } from './variants';
import { JOINING_PARTICLES, isLetterCode, lowerWord } from './words';

/** Why a mention links. */
export const LinkKind = {
  /** A full name, or an alias of the knowledge base. */
  Name: 0,
  /** A short form after its person's full name. */
  ShortForm: 1,
  /** An acronym the page defines as the knowledge base does. */
  AcronymDefined: 2,
  /** An acronym whose entity the page names in full. */
  AcronymNamed: 3,
  /** An acronym on a page about the knowledge base's world. */
  AcronymContext: 4,
  /** A generic name on a page about its region. */
  Context: 5,
  /** Another spelling of a full name. */
  Variant: 6,
  /** A news agency named in a credit line ("(AFP)", "AP Photo"). */
  Credit: 7,
} as const;
export type LinkKind = (typeof LinkKind)[keyof typeof LinkKind];

export interface ResolvedMention<B> {
  block: B;
  start: number;
  end: number;
  /** Index into `matcher.entities`. */
  entity: number;
  kind: LinkKind;
}

/** Distinct entities of a region that a page must name before a generic name of that region links. */
export const CONTEXT_THRESHOLD = 2;
/** Distinct entities of the knowledge base's home region that a page must name before an undefined acronym links. */
export const ACRONYM_CONTEXT_THRESHOLD = 2;

export interface LinkerOptions {
  /** The linking rules; off, only the knowledge base's own forms count. */
  rules?: boolean;
}

type Linkable = Pick<
  RuntimeMatcher,
  'keyCandidates' | 'candidateEntity' | 'candidateShort' | 'candidateContextual' | 'keyCaseSensitive' | 'entityRegion' | 'regions' | 'homeRegion' | 'variants' | 'entities'
>;

/** How the text of one `add` call is laid out on the page. */
export interface TextLayout {
  /** True when a block boundary lies strictly between two offsets. */
  isCut(start: number, end: number): boolean;
  /** False for text that is never read (scripts, form fields, hidden subtrees). */
  isRead(offset: number): boolean;
}

const ONE_BLOCK: TextLayout = { isCut: () => false, isRead: () => true };

/** The text of one `add` call and what is known about it. */
interface TextFacts extends TextLayout {
  text: string;
  /** The `(start, end, key)` triples found in the text, sorted (found names never overlap). */
  raw: readonly number[];
  /** Per found name: 1 when it sits inside a longer name (it is then no name of its own). */
  embedded: Uint8Array;
  commonWords: Map<string, boolean>;
  /** Per acronym as written: the expansions this text defines it with. */
  definitions: Map<string, AcronymDefinition[]>;
  /** The text's parentheses, indexed when the first acronym asks. */
  parentheses: Parentheses | null;
}

/** A known full name found on the page: `[start, end)` and its entity. */
interface FullName {
  start: number;
  end: number;
  entity: number;
}

/** Per entity, the keys of its short forms, in compressed rows: `keys[start[e]..start[e + 1])`. */
interface ShortKeys {
  start: Int32Array;
  keys: Int32Array;
}

const shortKeysOf = new WeakMap<object, ShortKeys>();

function buildShortKeys(m: Pick<RuntimeMatcher, 'keyCandidates' | 'candidateEntity' | 'candidateShort' | 'entities'>): ShortKeys {
  const start = new Int32Array(m.entities.length + 1);
  const keyCount = m.keyCandidates.length - 1;
  for (let c = 0; c < m.candidateEntity.length; c++) if (m.candidateShort[c] === 1) start[m.candidateEntity[c]! + 1]!++;
  for (let e = 0; e < m.entities.length; e++) start[e + 1]! += start[e]!;
  const keys = new Int32Array(start[m.entities.length]!);
  const filled = start.slice(0, m.entities.length);
  for (let key = 0; key < keyCount; key++) {
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 1) keys[filled[m.candidateEntity[c]!]!++] = key;
    }
  }
  return { start, keys };
}

interface Pending<B> {
  mention: ResolvedMention<B>;
  region: number;
  threshold: number;
}

export class PageLinker<B> {
  private sequence = 0;
  private readonly lastFullMention = new Map<number, number>();
  /** Per region: how many of its entities the page names in full. */
  private readonly regionEntities: Int32Array;
  /** Per region: the first entities named in full (for the reason line). */
  private readonly regionExamples = new Map<number, number[]>();
  private readonly counted: Uint8Array;
  private readonly waiting: Pending<B>[] = [];
  /** Per acronym as written: the entity the page defines it as, or -1 when it defines it otherwise. */
  private readonly acronymDefinitions = new Map<string, number>();
  /** Per acronym as written: where the expansions of its definitions in the current text end. */
  private readonly definitionEnds = new Map<string, number[]>();
  /** Short forms as this page spells them after a variant spelling of the full name: word -> entity. */
  private readonly variantShortForms = new Map<string, number>();
  /** The latest bearer of each of those words on the page so far. */
  private readonly variantBearers = new Map<string, number>();
  private readonly rules: boolean;
  private readonly bearers = new ShortFormBearers();

  constructor(
    private readonly matcher: Linkable,
    options: LinkerOptions = {},
  ) {
    this.rules = options.rules ?? true;
    this.regionEntities = new Int32Array(matcher.regions.length);
    this.counted = new Uint8Array(matcher.entityRegion.length);
  }

  /**
   * Takes the `(start, end, key)` triples found in `text` (one block, or a whole page with cuts);
   * returns the mentions decided now, in any order. Mentions that wait for context are returned by a
   * later call once the page has named enough.
   */
  add(block: B, text: string, raw: readonly number[], layout: TextLayout = ONE_BLOCK): ResolvedMention<B>[] {
    const decided: ResolvedMention<B>[] = [];
    if (!this.rules) {
      for (let r = 0; r < raw.length; r += 3) this.linkInOrder(decided, block, raw[r]!, raw[r + 1]!, raw[r + 2]!);
      this.release(decided);
      return decided;
    }
    const embedded = new Uint8Array(raw.length / 3);
    const facts: TextFacts = { text, isCut: layout.isCut, isRead: layout.isRead, raw, embedded, commonWords: new Map(), definitions: new Map(), parentheses: null };
    const context = this.nameContext(facts);
    const decidedFull = new Uint8Array(raw.length / 3);
    const fullNames: FullName[] = [];
    // Full names first: they give context to everything else, and they are the bearers of short forms.
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      const full = this.fullCandidate(key);
      if (isEmbedded(context, start, end, full >= 0 && this.matcher.entities[full]!.type === 'place')) {
        // Part of a longer name: it is no name of its own for the names after it.
        embedded[r / 3] = 1;
        continue;
      }
      if (full < 0 || this.hasShortCandidate(key) || this.matcher.keyCaseSensitive[key] === 1 || this.isContextual(key, full)) continue;
      decidedFull[r / 3] = 1;
      fullNames.push({ start, end, entity: full });
      this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
    }
    this.findVariants(block, facts, fullNames, decided);
    fullNames.sort((a, b) => a.start - b.start);
    // Then everything else in document order, with the bearers of short forms as the page names them.
    let next = 0;
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      for (; next < fullNames.length && fullNames[next]!.start <= start; next++) this.bearShortForms(fullNames[next]!.entity);
      if (embedded[r / 3] === 1) {
        this.bearAsSomeoneElse(key);
        continue;
      }
      if (decidedFull[r / 3] === 1) continue;
      if (this.hasShortCandidate(key)) {
        if (isInLongerName(text, start, end, layout.isCut)) {
          this.bearers.bear(key, NOBODY);
          continue;
        }
        if (isAttributive(text, start, end)) continue;
        const referent = this.bearers.referent(key);
        if (referent === NOBODY) continue;
        if (referent >= 0) {
          this.decide(decided, { block, start, end, entity: referent, kind: LinkKind.ShortForm });
          continue;
        }
      }
      const full = this.fullCandidate(key);
      if (full < 0) continue;
      if (this.matcher.keyCaseSensitive[key] === 1) this.linkAcronym(decided, block, facts, fullNames, start, end, full);
      else if (this.isContextual(key, full)) this.waitForContext(decided, { block, start, end, entity: full, kind: LinkKind.Context }, this.matcher.entityRegion[full]!, CONTEXT_THRESHOLD);
      else this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
    }
    for (; next < fullNames.length; next++) this.bearShortForms(fullNames[next]!.entity);
    this.findVariantShortForms(block, facts, fullNames, decided);
    this.release(decided);
    return decided;
  }

  /** Without the rules: the knowledge base's own forms, in document order (a short form after a full mention). */
  private linkInOrder(decided: ResolvedMention<B>[], block: B, start: number, end: number, key: number): void {
    const m = this.matcher;
    let best = -1;
    let bestSeen = -1;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 0) continue;
      const seen = this.lastFullMention.get(m.candidateEntity[c]!);
      if (seen !== undefined && seen > bestSeen) {
        best = m.candidateEntity[c]!;
        bestSeen = seen;
      }
    }
    if (best >= 0) {
      this.decide(decided, { block, start, end, entity: best, kind: LinkKind.ShortForm });
      return;
    }
    const full = this.fullCandidate(key);
    if (full < 0) return;
    if (this.isContextual(key, full)) this.waitForContext(decided, { block, start, end, entity: full, kind: LinkKind.Context }, m.entityRegion[full]!, CONTEXT_THRESHOLD);
    else this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
  }

  /** A known full name of `entity` was written: it now bears each of its short forms. */
  private bearShortForms(entity: number): void {
    const keys = this.shortKeys();
    for (let i = keys.start[entity]!; i < keys.start[entity + 1]!; i++) this.bearers.bear(keys.keys[i]!, entity);
  }

  /**
   * A found name sits inside a longer, unknown one ("Khan" in "Hamid Khan", "Imran Khan" in "Imran Khan
   * Niazi"): its short forms now belong to someone the knowledge base does not know.
   */
  private bearAsSomeoneElse(key: number): void {
    if (this.hasShortCandidate(key)) this.bearers.bear(key, NOBODY);
    const full = this.fullCandidate(key);
    if (full < 0) return;
    const keys = this.shortKeys();
    for (let i = keys.start[full]!; i < keys.start[full + 1]!; i++) this.bearers.bear(keys.keys[i]!, NOBODY);
  }

  /** Per entity, the keys of its short forms (built once per matcher, on first use). */
  private shortKeys(): ShortKeys {
    let index = shortKeysOf.get(this.matcher);
    if (!index) {
      index = buildShortKeys(this.matcher);
      shortKeysOf.set(this.matcher, index);
    }
    return index;
  }

  /** The entities whose full names gave a region its context (at most two), for the reason line. */
  contextExamples(entity: number): number[] {
    const region = this.matcher.entityRegion[entity]!;
    const home = this.matcher.homeRegion;
    return this.regionExamples.get(region >= 0 ? region : home) ?? this.regionExamples.get(home) ?? [];
  }

  private nameContext(facts: TextFacts): NameContext {
    const { text } = facts;
    return {
      text,
      isCut: facts.isCut,
      startsMatch: (start) => foundAt(facts.raw, start, 0) >= 0,
      endsMatch: (end) => {
        const found = foundAt(facts.raw, end, 1);
        return found >= 0 && facts.embedded[found / 3] === 0;
      },
      isCommonWord: (lower) => {
        let common = facts.commonWords.get(lower);
        if (common === undefined) {
          common = containsWord(text, lower);
          facts.commonWords.set(lower, common);
        }
        return common;
      },
    };
  }

  private decide(decided: ResolvedMention<B>[], mention: ResolvedMention<B>): void {
    decided.push(mention);
    const { entity, kind } = mention;
    if (kind === LinkKind.Name || kind === LinkKind.Variant) {
      this.lastFullMention.set(entity, ++this.sequence);
      const region = this.matcher.entityRegion[entity]!;
      if (region >= 0) this.noteRegion(region, entity);
    } else if (!this.rules && kind !== LinkKind.Context) {
      const region = this.matcher.entityRegion[entity]!;
      if (region >= 0) this.noteRegion(region, entity);
    }
  }

  /** The best full (not short-form) candidate of a key: the one whose region the page names most. */
  private fullCandidate(key: number): number {
    const m = this.matcher;
    let full = -1;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 1) continue;
      const entity = m.candidateEntity[c]!;
      if (full < 0 || this.regionWeight(entity) > this.regionWeight(full)) full = entity;
    }
    return full;
  }

  /** True when the key, as `entity`'s full name, is generic ("Senate") and waits for context. */
  private isContextual(key: number, entity: number): boolean {
    const m = this.matcher;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateEntity[c] === entity && m.candidateShort[c] === 0) return m.candidateContextual[c] === 1;
    }
    return false;
  }

  private hasShortCandidate(key: number): boolean {
    const m = this.matcher;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) if (m.candidateShort[c] === 1) return true;
    return false;
  }

  private linkAcronym(decided: ResolvedMention<B>[], block: B, facts: TextFacts, fullNames: readonly FullName[], start: number, end: number, entity: number): void {
    const mention = { block, start, end, entity, kind: LinkKind.AcronymContext as LinkKind };
    if (!this.rules) {
      this.decide(decided, { ...mention, kind: LinkKind.Name });
      return;
    }
    if (isGluedToSymbol(facts.text, end) || isInLongerUrduAcronym(facts.text, start, end)) return;
    const written = facts.text.slice(start, end);
    const defined = this.definitionOf(written, facts, fullNames, entity);
    if (defined === -1 || (defined >= 0 && defined !== entity)) return;
    const definesHere = this.definitionEnds.get(written)?.some((e) => start - e >= 1 && start - e <= 3) ?? false;
    if (!definesHere && isCredit(facts.text, start, end, facts.isCut)) {
      if (this.matcher.entities[entity]!.press) this.decide(decided, { ...mention, kind: LinkKind.Credit });
      return;
    }
    if (defined === entity) this.decide(decided, { ...mention, kind: LinkKind.AcronymDefined });
    else if (this.lastFullMention.has(entity)) this.decide(decided, { ...mention, kind: LinkKind.AcronymNamed });
    else this.waitForContext(decided, mention, this.matcher.homeRegion, ACRONYM_CONTEXT_THRESHOLD);
  }

  /**
   * What the page defines an acronym as: the entity whose full name is the expansion, -1 for another
   * expansion, or -2 when this text defines it nowhere (an earlier text's definition still holds).
   */
  private definitionOf(acronym: string, facts: TextFacts, fullNames: readonly FullName[], entity: number): number {
    const known = this.acronymDefinitions.get(acronym);
    let definitions = facts.definitions.get(acronym);
    if (definitions === undefined) {
      facts.parentheses ??= indexParentheses(facts.text);
      definitions = findDefinitions(facts.text, acronym, facts.parentheses);
      // The acronym's own entity named in full right before "(ACR)" defines it too, whatever the
      // initials: Urdu spells an acronym in letter names ("پاکستان تحریک انصاف (پی ٹی آئی)").
      for (const open of facts.parentheses.holding.get(acronym) ?? []) {
        const end = facts.text.charCodeAt(open - 1) === 0x20 ? open - 1 : open;
        const found = foundAt(facts.raw, end, 1);
        const key = found < 0 ? undefined : facts.raw[found + 2];
        if (definitions.some((d) => d.end === end) || key === undefined || this.fullCandidate(key) !== entity) continue;
        definitions.push({ start: end, end });
      }
      facts.definitions.set(acronym, definitions);
    }
    this.definitionEnds.set(acronym, definitions.map((d) => d.end));
    if (definitions.length === 0) return known ?? -2;
    let result = -2;
    for (const definition of definitions) {
      // The expansion is a knowledge-base name when a linked full name (or another spelling of one) ends
      // it, or a found name does, even inside a longer one.
      const named = fullNames.find((n) => n.end === definition.end && (n.start >= definition.start || definition.start === definition.end));
      const found = foundAt(facts.raw, definition.end, 1);
      const key = found < 0 ? undefined : facts.raw[found + 2];
      const entity = named ? named.entity : key === undefined ? -1 : this.fullCandidate(key);
      if (result === -2) result = entity;
      else if (result !== entity) result = -1;
    }
    this.acronymDefinitions.set(acronym, result);
    return result;
  }

  private waitForContext(decided: ResolvedMention<B>[], mention: ResolvedMention<B>, region: number, threshold: number): void {
    if (region < 0 || this.regionEntities[region]! >= threshold) this.decide(decided, mention);
    else this.waiting.push({ mention, region, threshold });
  }

  private noteRegion(region: number, entity: number): void {
    if (this.counted[entity] === 1) return;
    this.counted[entity] = 1;
    this.regionEntities[region]!++;
    const examples = this.regionExamples.get(region);
    if (!examples) this.regionExamples.set(region, [entity]);
    else if (examples.length < 2) examples.push(entity);
  }

  /** Decides the waiting mentions whose region now has enough context. */
  private release(decided: ResolvedMention<B>[]): void {
    for (let i = 0; i < this.waiting.length; ) {
      const pending = this.waiting[i]!;
      if (this.regionEntities[pending.region]! >= pending.threshold) {
        decided.push(pending.mention);
        this.waiting.splice(i, 1);
      } else i++;
    }
  }

  private regionWeight(entity: number): number {
    const region = this.matcher.entityRegion[entity]!;
    return region < 0 ? 0 : this.regionEntities[region]!;
  }

  /** Names of two words or more that no alias matched, linked by their skeleton. */
  private findVariants(block: B, facts: TextFacts, fullNames: FullName[], decided: ResolvedMention<B>[]): void {
    const table = this.matcher.variants.names;
    if (table.length === 0) return;
    const { text } = facts;
    // A name the knowledge base's own spelling covers has been decided by the rules already, and a
    // linked name inside it stays as it is.
    const covering: number[] = [];
    const { raw } = facts;
    for (let r = 0; r < raw.length; r += 3) if (this.fullCandidate(raw[r + 2]!) >= 0) covering.push(raw[r]!, raw[r + 1]!);
    const taken = fullNames.map((n): [number, number] => [n.start, n.end]).sort((a, b) => a[0] - b[0]);
    const runs = capitalisedRuns(text);
    const names: FoundName[] = [];
    let c = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const start = runs[r]!;
      const end = runs[r + 1]!;
      // Runs that a found name covers whole are most of them on a page that names the knowledge base.
      while (c < covering.length && covering[c + 1]! <= start) c += 2;
      if (c < covering.length && covering[c]! <= start && end <= covering[c + 1]!) continue;
      // A run whose last word a linked name holds ("Yesterday Imran Khan") has no other name to find.
      if (overlaps(taken, runs[r + 2]!, end) || !endsKnownName(this.matcher.variants, text, runs[r + 2]!, end)) continue;
      names.push(...findNames(text, start, end, facts.isCut));
    }
    for (const name of names) {
      if (name.acronym || isCovered(covering, name.start, name.end)) continue;
      const words = name.words.filter((w) => !JOINING_PARTICLES.has(lowerWord(text, w)));
      if (words.length < 2 || overlaps(taken, name.start, name.end) || !facts.isRead(name.start)) continue;
      const key = nameSkeleton(words.map((w) => text.slice(w.start, w.end)));
      if (key === null) continue;
      const entity = lookUp(table, key);
      if (entity < 0) continue;
      fullNames.push({ start: name.start, end: name.end, entity });
      this.decide(decided, { block, start: name.start, end: name.end, entity, kind: LinkKind.Variant });
      for (const word of words) {
        const written = text.slice(word.start, word.end);
        if (isShortFormOf(this.matcher.variants, entity, written)) this.variantShortForms.set(written, entity);
      }
    }
  }

  /** Short forms as the page spelled them in a variant full name ("Shareef" after "Shahbaz Shareef"). */
  private findVariantShortForms(block: B, facts: TextFacts, fullNames: readonly FullName[], decided: ResolvedMention<B>[]): void {
    if (this.variantShortForms.size === 0) return;
    const { text } = facts;
    const linked = new Set(decided.map((m) => m.start));
    for (const [word, entity] of this.variantShortForms) {
      // The same reading as for the knowledge base's own short forms: the latest bearer of the word wins,
      // and the page's bearer carries over to text added later.
      let bearer = this.variantBearers.get(word) ?? UNSEEN;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (!isWholeWordAt(text, at, end) || !facts.isRead(at)) continue;
        const name = fullNames.find((n) => n.start <= at && end <= n.end);
        if (name) bearer = name.entity;
        else if (isInLongerName(text, at, end, facts.isCut)) bearer = NOBODY;
        else if (bearer === entity && !linked.has(at)) this.decide(decided, { block, start: at, end, entity, kind: LinkKind.ShortForm });
      }
      this.variantBearers.set(word, bearer);
    }
  }
}

/**
 * The index in `raw` of the found name whose start (`field` 0) or end (`field` 1) is `offset`, or -1:
 * found names never overlap, so both are sorted.
 */
function foundAt(raw: readonly number[], offset: number, field: 0 | 1): number {
  let low = 0;
  let high = raw.length / 3 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = raw[3 * mid + field]!;
    if (value < offset) low = mid + 1;
    else if (value > offset) high = mid - 1;
    else return 3 * mid;
  }
  return -1;
}

/** True when one of the `[start, end)` pairs (sorted, not overlapping) covers `[start, end)` whole. */
function isCovered(pairs: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = pairs.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pairs[2 * mid + 1]! <= start) low = mid + 1;
    else if (pairs[2 * mid]! > start) high = mid - 1;
    else return end <= pairs[2 * mid + 1]!;
  }
  return false;
}

function overlaps(spans: readonly (readonly [number, number])[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [s, e] = spans[mid]!;
    if (e <= start) low = mid + 1;
    else if (s >= end) high = mid - 1;
    else return true;
  }
  return false;
}

function isWholeWordAt(text: string, start: number, end: number): boolean {
  return (start === 0 || !isLetterCode(text.charCodeAt(start - 1))) && (end >= text.length || !isLetterCode(text.charCodeAt(end)));
}

/** True when `lower` stands in the text as a whole word written in lower case. */
function containsWord(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (isWholeWordAt(text, at, at + lower.length)) return true;
  }
  return false;
}
