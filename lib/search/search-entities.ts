/** The entities as the search sees them, from a bundle or from the database's rows. */
import type { Bundle } from '../bundle/schema';
import type { EntityRow, EvidenceRow } from '../db';
import type { SearchEntity } from './search-index';

const toSearch = (entity: EntityRow, evidence: readonly string[]): SearchEntity => ({
  id: entity.id,
  name: entity.name,
  type: entity.type,
  role: entity.role,
  aliases: entity.aliases,
  nativeName: entity.nativeName,
  mentionCount: entity.mentionCount,
  evidence,
});

export function searchEntitiesOfBundle(bundle: Pick<Bundle, 'entities'>): SearchEntity[] {
  return bundle.entities.map((entity) => toSearch(entity, entity.evidence.map((e) => e.sentence)));
}

/** @param evidence - every evidence row of the knowledge base, in any order */
export function searchEntitiesOfRows(entities: readonly EntityRow[], evidence: readonly Pick<EvidenceRow, 'entityId' | 'sentence'>[]): SearchEntity[] {
  const sentences = new Map<string, string[]>();
  for (const row of evidence) {
    const list = sentences.get(row.entityId);
    if (list) list.push(row.sentence);
    else sentences.set(row.entityId, [row.sentence]);
  }
  return entities.map((entity) => toSearch(entity, sentences.get(entity.id) ?? []));
}
