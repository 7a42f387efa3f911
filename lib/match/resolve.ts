/**
 * Decides which entity each raw match names, page by page, in document order:
 * - a short form ("Khan") links only after a full mention of its entity earlier
 *   on the page; when several entities share it, the one mentioned in full most
 *   recently wins;
 * - a contextual name ("Senate") links only once the page names at least
 *   `CONTEXT_THRESHOLD` other entities of the same region, so that another
 *   country's Senate stays unlinked. Until then it waits, and is released
 *   (returned by a later `add`) when enough context arrives.
 */
import type { RuntimeMatcher } from './scan';

export const CONTEXT_THRESHOLD = 2;

export interface ResolvedMention<B> {
  block: B;
  start: number;
  end: number;
  /** Index into `matcher.entities`. */
  entity: number;
}

type Resolver = Pick<RuntimeMatcher, 'keyCandidates' | 'candidateEntity' | 'candidateShort' | 'entityRegion' | 'entityContextual' | 'regions'>;

export class PageResolver<B> {
  private sequence = 0;
  private readonly lastFullMention = new Map<number, number>();
  /** Per region: how many of its entities the page names (each counted once, through `counted`). */
  private readonly regionEntities: Int32Array;
  private readonly counted: Uint8Array;
  private readonly waiting = new Map<number, ResolvedMention<B>[]>();

  constructor(private readonly matcher: Resolver) {
    this.regionEntities = new Int32Array(matcher.regions.length);
    this.counted = new Uint8Array(matcher.entityRegion.length);
  }

  /** Takes the `(start, end, key)` triples of one block; returns the mentions decided now. */
  add(block: B, raw: readonly number[]): ResolvedMention<B>[] {
    const decided: ResolvedMention<B>[] = [];
    for (let r = 0; r < raw.length; r += 3) {
      const entity = this.choose(raw[r + 2]!);
      if (entity < 0) continue;
      const mention = { block, start: raw[r]!, end: raw[r + 1]!, entity };
      const region = this.matcher.entityRegion[entity]!;
      const contextual = this.matcher.entityContextual[entity] === 1;
      if (contextual && region >= 0 && !this.hasContext(region)) {
        const queue = this.waiting.get(region);
        if (queue) queue.push(mention);
        else this.waiting.set(region, [mention]);
        continue;
      }
      decided.push(mention);
      if (!contextual && region >= 0) this.noteRegion(region, entity, decided);
    }
    return decided;
  }

  private choose(key: number): number {
    const m = this.matcher;
    const from = m.keyCandidates[key]!;
    const to = m.keyCandidates[key + 1]!;
    let full = -1;
    let short = -1;
    let shortSeen = -1;
    for (let c = from; c < to; c++) {
      const entity = m.candidateEntity[c]!;
      if (m.candidateShort[c] === 0) {
        if (full < 0 || this.regionWeight(entity) > this.regionWeight(full)) full = entity;
        continue;
      }
      const seen = this.lastFullMention.get(entity);
      if (seen !== undefined && seen > shortSeen) {
        short = entity;
        shortSeen = seen;
      }
    }
    const sequence = ++this.sequence;
    const chosen = short >= 0 ? short : full;
    if (chosen >= 0 && chosen === full) this.lastFullMention.set(chosen, sequence);
    return chosen;
  }

  private regionWeight(entity: number): number {
    const region = this.matcher.entityRegion[entity]!;
    return region < 0 ? 0 : this.regionEntities[region]!;
  }

  private hasContext(region: number): boolean {
    return this.regionEntities[region]! >= CONTEXT_THRESHOLD;
  }

  private noteRegion(region: number, entity: number, decided: ResolvedMention<B>[]): void {
    if (this.counted[entity] === 0) {
      this.counted[entity] = 1;
      this.regionEntities[region]!++;
    }
    const queue = this.waiting.get(region);
    if (queue && this.hasContext(region)) {
      decided.push(...queue);
      this.waiting.delete(region);
    }
  }
}
