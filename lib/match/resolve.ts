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
import type { CompiledMatcher } from './compile';

export const CONTEXT_THRESHOLD = 2;

export interface ResolvedMention<B> {
  block: B;
  start: number;
  end: number;
  /** Index into `matcher.entities`. */
  entity: number;
}

type Resolver = Pick<CompiledMatcher, 'keyCandidates' | 'candidateEntity' | 'candidateShort' | 'entities'>;

export class PageResolver<B> {
  private sequence = 0;
  private readonly lastFullMention = new Map<number, number>();
  private readonly regionEntities = new Map<string, Set<number>>();
  private readonly waiting = new Map<string, ResolvedMention<B>[]>();

  constructor(private readonly matcher: Resolver) {}

  /** Takes the `(start, end, key)` triples of one block; returns the mentions decided now. */
  add(block: B, raw: readonly number[]): ResolvedMention<B>[] {
    const decided: ResolvedMention<B>[] = [];
    for (let r = 0; r < raw.length; r += 3) {
      const entity = this.choose(raw[r + 2]!);
      if (entity < 0) continue;
      const mention = { block, start: raw[r]!, end: raw[r + 1]!, entity };
      const { contextual, region } = this.matcher.entities[entity]!;
      if (contextual && region !== null && !this.hasContext(region)) {
        const queue = this.waiting.get(region) ?? [];
        queue.push(mention);
        this.waiting.set(region, queue);
        continue;
      }
      decided.push(mention);
      if (!contextual && region !== null) this.noteRegion(region, entity, decided);
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
    const region = this.matcher.entities[entity]!.region;
    return region === null ? 0 : (this.regionEntities.get(region)?.size ?? 0);
  }

  private hasContext(region: string): boolean {
    return (this.regionEntities.get(region)?.size ?? 0) >= CONTEXT_THRESHOLD;
  }

  private noteRegion(region: string, entity: number, decided: ResolvedMention<B>[]): void {
    const entities = this.regionEntities.get(region) ?? new Set<number>();
    entities.add(entity);
    this.regionEntities.set(region, entities);
    const queue = this.waiting.get(region);
    if (queue && this.hasContext(region)) {
      decided.push(...queue);
      this.waiting.delete(region);
    }
  }
}
