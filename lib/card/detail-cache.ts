/**
 * The entity data of the cards opened on a page, fetched once per entity.
 * A failed fetch is forgotten, so that the next hover asks again.
 */
import type { EntityDetail } from '../extension/kb/entity-detail';

export type FetchDetail = (entityId: string) => Promise<EntityDetail | null>;

export class DetailCache {
  private readonly pending = new Map<string, Promise<EntityDetail | null>>();
  /** Answers already received, so that a cached card paints without waiting a microtask. */
  private readonly loaded = new Map<string, EntityDetail | null>();

  constructor(private readonly fetch: FetchDetail) {}

  /** The entity's data: from the cache, or fetched (once, however often it is asked for meanwhile). */
  load(entityId: string): Promise<EntityDetail | null> {
    let detail = this.pending.get(entityId);
    if (!detail) {
      detail = this.fetch(entityId);
      this.pending.set(entityId, detail);
      detail.then(
        (value) => this.loaded.set(entityId, value),
        () => this.pending.delete(entityId),
      );
    }
    return detail;
  }

  /** The data already received for the entity, without waiting; `hit` is false when there is none yet. */
  peek(entityId: string): { hit: true; detail: EntityDetail | null } | { hit: false } {
    return this.loaded.has(entityId) ? { hit: true, detail: this.loaded.get(entityId) ?? null } : { hit: false };
  }

  /** Forgets everything (the knowledge base changed). */
  clear(): void {
    this.pending.clear();
    this.loaded.clear();
  }
}
