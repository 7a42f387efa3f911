/**
 * Synthetic bundles for the import benchmark: the popup benchmark's knowledge
 * base (bench/search-synthetic.ts) with exactly `evidencePerEntity` sentences
 * per entity and a true content hash, so that the importer accepts it.
 */
import { contentHash } from '../lib/bundle/content-hash';
import type { Bundle, Entity } from '../lib/bundle/schema';
import { makeSearchBundle } from './search-synthetic';

export async function makeImportBundle(entityCount: number, evidencePerEntity = 5, seed = 17): Promise<Bundle> {
  const base = makeSearchBundle(entityCount, seed);
  const articles = base.articles;
  const entities: Entity[] = base.entities.map((entity, i) => ({
    ...entity,
    // The entity's own sentences, repeated as quotes from other articles where it has fewer than asked.
    evidence: Array.from({ length: evidencePerEntity }, (_, k) => {
      const sentence = entity.evidence[k % entity.evidence.length]!;
      return k < entity.evidence.length ? sentence : { ...sentence, articleId: articles[(i * 7 + k * 13) % articles.length]!.id };
    }),
  }));
  const bundle: Bundle = { ...base, name: `Synthetic ${entityCount.toLocaleString('en-US')} entities`, entities };
  return { ...bundle, contentHash: await contentHash(bundle) };
}
