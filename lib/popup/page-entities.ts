/** The entities a tab reported, counted and grouped by type for the popup's "On this page" list. */
import { ENTITY_TYPES, type EntityType } from '../bundle/schema';
import type { MentionReport } from '../messages';

export interface PageEntity {
  entityId: string;
  name: string;
  type: EntityType;
  count: number;
}

export type PageEntityGroups = { type: EntityType; entities: PageEntity[] }[];

/** One group per type that has mentions (people, groups, places); in each, most mentioned first, then first seen. */
export function groupPageEntities(mentions: readonly MentionReport[]): PageEntityGroups {
  const byId = new Map<string, PageEntity>();
  for (const mention of mentions) {
    const seen = byId.get(mention.entityId);
    if (seen) seen.count++;
    else byId.set(mention.entityId, { entityId: mention.entityId, name: mention.name, type: mention.type, count: 1 });
  }
  // Map keeps first-seen order, and sort is stable: equal counts stay in page order.
  const all = [...byId.values()].sort((a, b) => b.count - a.count);
  return ENTITY_TYPES.map((type) => ({ type, entities: all.filter((e) => e.type === type) })).filter(
    (g) => g.entities.length > 0,
  );
}
