/**
 * Decides which entity each found name links to, page by page, in document
 * order, and why. A link is made only when the page supports it:
 * - a full name links, unless it sits inside a longer proper name the knowledge
 *   base does not have (`embedded.ts`);
 * - a short form ("Khan") links to the most recent person on the page whose
 *   name carries it, and only if that person is in the knowledge base (`short-forms.ts`);
 * - an acronym links when the page names its entity in full or defines it the
 *   same way (`acronym-links.ts`);
 * - a generic name ("Senate") links only on pages about its region;
 * - a name of two words or more spelled another way ("Shahbaz Shareef") links
 *   by its skeleton, and its short forms after it as the page spells them (`variant-links.ts`).
 *
 * With `rules: false` only the knowledge base's own forms count (a short form
 * after a full mention, a generic name with context): the pass before these
 * rules, kept to measure what they cost.
 */
import { AcronymLinks } from './acronym-links';
import { isEmbedded } from './embedded';
import { KeyFlag, SEVERAL_FULL, keyFacts, type KeyFacts } from './key-facts';
import { LinkKind, type FullName, type LinkerCore, type ResolvedMention, type TextLinks } from './link-kind';
import { RegionContext } from './region-context';
import type { RuntimeMatcher } from './runtime';
import { NOBODY, ShortFormBearers, isAttributive, isInLongerName } from './short-forms';
import { ONE_BLOCK, nameContext, textFacts, type TextLayout } from './text-facts';
import { VariantLinks } from './variant-links';

export { ACRONYM_CONTEXT_THRESHOLD } from './acronym-links';
export { LinkKind, type ResolvedMention } from './link-kind';
export type { TextLayout } from './text-facts';

/** Distinct entities of a region that a page must name before a generic name of that region links. */
export const CONTEXT_THRESHOLD = 2;

export interface LinkerOptions {
  /** The linking rules; off, only the knowledge base's own forms count. */
  rules?: boolean;
}

type Linkable = Pick<
  RuntimeMatcher,
  | 'keyCandidates'
  | 'candidateEntity'
  | 'candidateShort'
  | 'candidateContextual'
  | 'keyCaseSensitive'
  | 'entityRegion'
  | 'regions'
  | 'homeRegion'
  | 'variants'
  | 'entities'
>;

export class PageLinker<B> implements LinkerCore<B> {
  private sequence = 0;
  /** Per entity: the sequence number of its latest full mention, 0 before the first. */
  private readonly lastFullMention: Int32Array;
  private readonly regions: RegionContext<B>;
  private readonly rules: boolean;
  private readonly keys: KeyFacts;
  private readonly bearers: ShortFormBearers;
  private readonly acronyms: AcronymLinks<B>;
  private readonly variants: VariantLinks<B>;

  constructor(
    private readonly matcher: Linkable,
    options: LinkerOptions = {},
  ) {
    this.rules = options.rules ?? true;
    this.regions = new RegionContext(matcher.regions.length, matcher.entityRegion.length);
    this.lastFullMention = new Int32Array(matcher.entityRegion.length);
    this.keys = keyFacts(matcher);
    this.bearers = new ShortFormBearers(this.keys.flags.length);
    this.acronyms = new AcronymLinks(matcher, this);
    this.variants = new VariantLinks(matcher.variants, this);
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
      this.regions.release(decided);
      return decided;
    }
    const { keys } = this;
    const facts = textFacts(text, raw, layout);
    const { embedded } = facts;
    const context = nameContext(facts);
    const fullNames: FullName[] = [];
    const links: TextLinks<B> = { decided, block, facts, fullNames };
    // The `[start, end)` of every found name with a full candidate: the variant search passes over them.
    const covering: number[] = [];
    // The found names (their index in `raw`) left for the second look: all but the full names linked now.
    const open: number[] = [];
    // Full names first: they give context to everything else, and they are the bearers of short forms.
    for (let r = 0; r < raw.length; r += 3) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      const full = this.fullCandidate(key);
      if (full >= 0) covering.push(start, end);
      if (isEmbedded(context, start, end, full >= 0 && keys.place[full] === 1)) {
        // Part of a longer name: it is no name of its own for the names after it.
        embedded[r / 3] = 1;
        open.push(r);
        continue;
      }
      if (
        full < 0 ||
        keys.flags[key]! !== 0 ||
        this.matcher.keyCaseSensitive[key] === 1 ||
        this.isContextual(key, full)
      ) {
        open.push(r);
        continue;
      }
      // The mention is the full name too: one object for both lists.
      const mention = { block, start, end, entity: full, kind: LinkKind.Name };
      fullNames.push(mention);
      this.decide(decided, mention);
    }
    this.variants.findNames(links, covering);
    // Then everything else in document order, with the bearers of short forms as the page names them.
    let next = 0;
    for (const r of open) {
      const start = raw[r]!;
      const end = raw[r + 1]!;
      const key = raw[r + 2]!;
      for (; next < fullNames.length && fullNames[next]!.start <= start; next++)
        this.bearShortForms(fullNames[next]!.entity);
      if (embedded[r / 3] === 1) {
        this.bearAsSomeoneElse(key);
        continue;
      }
      if ((keys.flags[key]! & KeyFlag.Short) !== 0) {
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
      if (this.matcher.keyCaseSensitive[key] === 1) this.acronyms.link(links, start, end, full);
      else if (this.isContextual(key, full))
        this.waitForContext(
          decided,
          { block, start, end, entity: full, kind: LinkKind.Context },
          this.matcher.entityRegion[full]!,
          CONTEXT_THRESHOLD,
        );
      else this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
    }
    for (; next < fullNames.length; next++) this.bearShortForms(fullNames[next]!.entity);
    this.variants.findShortForms(links);
    this.regions.release(decided);
    return decided;
  }

  /** Without the rules: the knowledge base's own forms, in document order (a short form after a full mention). */
  private linkInOrder(decided: ResolvedMention<B>[], block: B, start: number, end: number, key: number): void {
    const m = this.matcher;
    let best = -1;
    let bestSeen = 0;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 0) continue;
      const seen = this.lastFullMention[m.candidateEntity[c]!]!;
      if (seen > bestSeen) {
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
    if (this.isContextual(key, full))
      this.waitForContext(
        decided,
        { block, start, end, entity: full, kind: LinkKind.Context },
        m.entityRegion[full]!,
        CONTEXT_THRESHOLD,
      );
    else this.decide(decided, { block, start, end, entity: full, kind: LinkKind.Name });
  }

  /** A known full name of `entity` was written: it now bears each of its short forms. */
  private bearShortForms(entity: number): void {
    const { shortStart, shortKeys } = this.keys;
    for (let i = shortStart[entity]!; i < shortStart[entity + 1]!; i++) this.bearers.bear(shortKeys[i]!, entity);
  }

  /**
   * A found name sits inside a longer, unknown one ("Khan" in "Hamid Khan", "Imran Khan" in "Imran Khan
   * Niazi"): its short forms now belong to someone the knowledge base does not know.
   */
  private bearAsSomeoneElse(key: number): void {
    if ((this.keys.flags[key]! & KeyFlag.Short) !== 0) this.bearers.bear(key, NOBODY);
    const full = this.fullCandidate(key);
    if (full < 0) return;
    const { shortStart, shortKeys } = this.keys;
    for (let i = shortStart[full]!; i < shortStart[full + 1]!; i++) this.bearers.bear(shortKeys[i]!, NOBODY);
  }

  /** The entities whose full names gave a region its context (at most two), for the reason line. */
  contextExamples(entity: number): number[] {
    return this.regions.examplesOf(this.matcher.entityRegion[entity]!, this.matcher.homeRegion);
  }

  decide(decided: ResolvedMention<B>[], mention: ResolvedMention<B>): void {
    decided.push(mention);
    const { entity, kind } = mention;
    if (kind === LinkKind.Name || kind === LinkKind.Variant) {
      this.lastFullMention[entity] = ++this.sequence;
      this.regions.note(this.matcher.entityRegion[entity]!, entity);
    } else if (!this.rules && kind !== LinkKind.Context) {
      this.regions.note(this.matcher.entityRegion[entity]!, entity);
    }
  }

  isNamedInFull(entity: number): boolean {
    return this.lastFullMention[entity]! > 0;
  }

  /** The best full (not short-form) candidate of a key: the one whose region the page names most. */
  fullCandidate(key: number): number {
    const full = this.keys.full[key]!;
    if (full !== SEVERAL_FULL) return full;
    const m = this.matcher;
    let best = -1;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateShort[c] === 1) continue;
      const entity = m.candidateEntity[c]!;
      if (best < 0 || this.regionWeight(entity) > this.regionWeight(best)) best = entity;
    }
    return best;
  }

  /** True when the key, as `entity`'s full name, is generic ("Senate") and waits for context. */
  private isContextual(key: number, entity: number): boolean {
    if (this.keys.full[key] !== SEVERAL_FULL) return (this.keys.flags[key]! & KeyFlag.Contextual) !== 0;
    const m = this.matcher;
    for (let c = m.keyCandidates[key]!; c < m.keyCandidates[key + 1]!; c++) {
      if (m.candidateEntity[c] === entity && m.candidateShort[c] === 0) return m.candidateContextual[c] === 1;
    }
    return false;
  }

  waitForContext(decided: ResolvedMention<B>[], mention: ResolvedMention<B>, region: number, threshold: number): void {
    if (this.regions.suffices(region, threshold)) this.decide(decided, mention);
    else this.regions.wait(mention, region, threshold);
  }

  private regionWeight(entity: number): number {
    return this.regions.weight(this.matcher.entityRegion[entity]!);
  }
}
