/**
 * What a page says about the knowledge base's regions: how many entities of each it names in full, and the
 * mentions that wait until it names enough (a generic "Senate", an undefined acronym).
 */
import type { ResolvedMention } from './link-kind';

interface Pending<B> {
  mention: ResolvedMention<B>;
  region: number;
  threshold: number;
}

export class RegionContext<B> {
  /** Per region: how many of its entities the page names in full. */
  private readonly named: Int32Array;
  /** Per region: the first entities named in full (for the reason line). */
  private readonly examples = new Map<number, number[]>();
  private readonly counted: Uint8Array;
  private readonly waiting: Pending<B>[] = [];

  constructor(regionCount: number, entityCount: number) {
    this.named = new Int32Array(regionCount);
    this.counted = new Uint8Array(entityCount);
  }

  /** The page names `entity`, of `region` (-1 for none), in full. */
  note(region: number, entity: number): void {
    if (region < 0 || this.counted[entity] === 1) return;
    this.counted[entity] = 1;
    this.named[region]!++;
    const examples = this.examples.get(region);
    if (!examples) this.examples.set(region, [entity]);
    else if (examples.length < 2) examples.push(entity);
  }

  /** How many entities of `region` the page names in full (0 for no region). */
  weight(region: number): number {
    return region < 0 ? 0 : this.named[region]!;
  }

  /** True when the page names at least `threshold` entities of `region`, or the mention needs no region. */
  suffices(region: number, threshold: number): boolean {
    return region < 0 || this.named[region]! >= threshold;
  }

  wait(mention: ResolvedMention<B>, region: number, threshold: number): void {
    this.waiting.push({ mention, region, threshold });
  }

  /** Moves the waiting mentions whose region now has enough context into `decided`. */
  release(decided: ResolvedMention<B>[]): void {
    for (let i = 0; i < this.waiting.length;) {
      const pending = this.waiting[i]!;
      if (this.suffices(pending.region, pending.threshold)) {
        decided.push(pending.mention);
        this.waiting.splice(i, 1);
      } else i++;
    }
  }

  /** The entities whose full names gave `region` (or else `home`) its context, at most two. */
  examplesOf(region: number, home: number): number[] {
    return this.examples.get(region >= 0 ? region : home) ?? this.examples.get(home) ?? [];
  }
}
