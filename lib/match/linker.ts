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
import { findDefinitions, isCredit, isGluedToSymbol } from './acronyms';
import { isEmbedded, type NameContext } from './embedded';
import { findNames } from './name-finder';
import type { RuntimeMatcher } from './scan';
import { NOBODY, ShortFormReferents, UNSEEN, type FullName } from './short-forms';
import { isShortFormOf, lookUp, nameSkeleton } from './variants';
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
  starts: Set<number>;
  ends: Set<number>;
  /** The key of the found name that ends at an offset. */
  keyEndingAt: Map<number, number>;
  commonWords: Map<string, boolean>;
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
  private readonly rules: boolean;

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
    const facts: TextFacts = { text, isCut: layout.isCut, isRead: layout.isRead, starts: new Set(), ends: new Set(), keyEndingAt: new Map(), commonWords: new Map() };
    for (let r = 0; r < raw.length; r += 3) {
      facts.starts.add(raw[r]!);
      facts.ends.add(raw[r + 1]!);
      facts.keyEndingAt.set(raw[r + 1]!, raw[r + 2]!);
    }
    const context = this.nameContext(facts);
    const namedBefore = this.sequence;
    const later: number[] = [];
    const fullNames: FullName[] = [];
    // Full names first: they decide short forms and give context to everything else. Without the
    // rules, everything is decided in document order, as before.
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      const full = this.fullCandidate(key);
      if (this.rules && isEmbedded(context, start, end, full >= 0 && this.matcher.entities[full]!.type === 'place')) {
        // Part of a longer name: it is no name of its own for the names after it.
        facts.ends.delete(end);
        continue;
      }
      if (!this.rules || full < 0 || this.hasShortCandidate(key) || this.matcher.keyCaseSensitive[key] === 1 || this.isContextual(key, full)) {
        later.push(r);
        continue;
      }
      fullNames.push({ start, end, entity: full });
      this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
    }
    if (this.rules) this.findVariants(block, facts, raw, fullNames, decided);
    fullNames.sort((a, b) => a.start - b.start);
    const referents = this.rules ? new ShortFormReferents(text, fullNames, layout.isCut) : null;
    for (const r of later) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      const short = this.shortFormEntity(key, start, end, referents, namedBefore);
      if (short === NOBODY) continue;
      if (short >= 0) {
        this.decide(decided, { block, start, end, entity: short, kind: LinkKind.ShortForm });
        continue;
      }
      const full = this.fullCandidate(key);
      if (full < 0) continue;
      if (this.matcher.keyCaseSensitive[key] === 1) this.linkAcronym(decided, block, facts, fullNames, start, end, full);
      else if (this.isContextual(key, full)) this.waitForContext(decided, { block, start, end, entity: full, kind: LinkKind.Context }, this.matcher.entityRegion[full]!, CONTEXT_THRESHOLD);
      else this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
    }
    if (this.rules) this.findVariantShortForms(block, facts, fullNames, decided);
    this.release(decided);
    return decided;
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
      startsMatch: (start) => facts.starts.has(start),
      endsMatch: (end) => facts.ends.has(end),
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

  /**
   * The entity a short form refers to (one of the key's short-form candidates), NOBODY when the page
   * gives it to someone else, or UNSEEN when no candidate applies.
   */
  private shortFormEntity(key: number, start: number, end: number, referents: ShortFormReferents | null, namedBefore: number): number {
    const m = this.matcher;
    if (!this.hasShortCandidate(key)) return UNSEEN;
    if (referents) {
      if (referents.isInLongerName(start, end) || referents.isAttributive(start, end)) return NOBODY;
      const referent = referents.referentAt(start, end, (e) => this.isShortCandidate(key, e));
      if (referent === NOBODY) return NOBODY;
      if (referent >= 0) return referent;
    }
    // Not named in this text before it: the candidate named in full most recently in an earlier text
    // (without the rules, anywhere before it).
    let best = UNSEEN;
    let bestSeen = -1;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 0) continue;
      const seen = this.lastFullMention.get(m.candidateEntity[c]!);
      if (seen !== undefined && seen > bestSeen && (!referents || seen <= namedBefore)) {
        best = m.candidateEntity[c]!;
        bestSeen = seen;
      }
    }
    return best;
  }

  private isShortCandidate(key: number, entity: number): boolean {
    const m = this.matcher;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) if (m.candidateShort[c] === 1 && m.candidateEntity[c] === entity) return true;
    return false;
  }

  private linkAcronym(decided: ResolvedMention<B>[], block: B, facts: TextFacts, fullNames: readonly FullName[], start: number, end: number, entity: number): void {
    const mention = { block, start, end, entity, kind: LinkKind.AcronymContext as LinkKind };
    if (!this.rules) {
      this.decide(decided, { ...mention, kind: LinkKind.Name });
      return;
    }
    if (isGluedToSymbol(facts.text, end)) return;
    const written = facts.text.slice(start, end);
    const defined = this.definitionOf(written, facts, fullNames);
    if (defined === -1 || (defined >= 0 && defined !== entity)) return;
    const definesHere = this.definitionEnds.get(written)?.some((e) => start - e >= 1 && start - e <= 3) ?? false;
    if (!definesHere && isCredit(facts.text, start, end, facts.isCut)) {
      if (this.matcher.entities[entity]!.press) this.decide(decided, { ...mention, kind: LinkKind.Credit });
      return;
    }
    if (defined === entity) this.decide(decided, { ...mention, kind: LinkKind.AcronymDefined });
    else if (this.lastFullMention.has(entity) || fullNames.some((n) => n.entity === entity)) this.decide(decided, { ...mention, kind: LinkKind.AcronymNamed });
    else this.waitForContext(decided, mention, this.matcher.homeRegion, ACRONYM_CONTEXT_THRESHOLD);
  }

  /**
   * What the page defines an acronym as: the entity whose full name is the expansion, -1 for another
   * expansion, or -2 when this text defines it nowhere (an earlier text's definition still holds).
   */
  private definitionOf(acronym: string, facts: TextFacts, fullNames: readonly FullName[]): number {
    const known = this.acronymDefinitions.get(acronym);
    const definitions = findDefinitions(facts.text, acronym);
    this.definitionEnds.set(acronym, definitions.map((d) => d.end));
    if (definitions.length === 0) return known ?? -2;
    let result = -2;
    for (const definition of definitions) {
      // The expansion is a knowledge-base name when a linked full name (or another spelling of one) ends
      // it, or a found name does, even inside a longer one.
      const named = fullNames.find((n) => n.end === definition.end && n.start >= definition.start);
      const key = facts.keyEndingAt.get(definition.end);
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
  private findVariants(block: B, facts: TextFacts, raw: readonly number[], fullNames: FullName[], decided: ResolvedMention<B>[]): void {
    const table = this.matcher.variants.names;
    if (table.length === 0) return;
    const { text } = facts;
    // A name the knowledge base's own spelling covers has been decided by the rules already, and a
    // linked name inside it stays as it is.
    const covering: [number, number][] = [];
    for (let r = 0; r < raw.length; r += 3) if (this.fullCandidate(raw[r + 2]!) >= 0) covering.push([raw[r]!, raw[r + 1]!]);
    const taken = fullNames.map((n): [number, number] => [n.start, n.end]).sort((a, b) => a[0] - b[0]);
    for (const name of findNames(text, 0, text.length, facts.isCut)) {
      if (name.acronym) continue;
      const words = name.words.filter((w) => !JOINING_PARTICLES.has(lowerWord(text, w)));
      if (words.length < 2 || overlaps(taken, name.start, name.end) || !facts.isRead(name.start)) continue;
      if (covering.some(([s, e]) => s <= name.start && name.end <= e)) continue;
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
    const referents = new ShortFormReferents(text, [...fullNames].sort((a, b) => a.start - b.start), facts.isCut);
    const linked = new Set(decided.map((m) => m.start));
    for (const [word, entity] of this.variantShortForms) {
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (linked.has(at) || !isWholeWordAt(text, at, end) || !facts.isRead(at) || fullNames.some((n) => n.start <= at && end <= n.end)) continue;
        if (referents.isInLongerName(at, end) || referents.referentAt(at, end, (e) => e === entity) !== entity) continue;
        this.decide(decided, { block, start: at, end, entity, kind: LinkKind.ShortForm });
      }
    }
  }
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
