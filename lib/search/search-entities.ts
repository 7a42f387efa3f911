/** The entities as the search sees them. */
import type { Bundle } from '../bundle/schema';
import type { EntityRow } from '../extension/db';
import type { SearchEntity } from './search-index-data';

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
  return bundle.entities.map((entity) =>
    toSearch(
      entity,
      entity.evidence.map((e) => e.sentence),
    ),
  );
}
