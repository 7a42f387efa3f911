/** What a card shows about one entity, read from the database in one transaction. */
import { topEvidence } from '../../card/top-evidence';
import type { BackstoryDb, EntityRow } from '../db';
import { getArticles, getEntities, getEntity } from '../db-reads';
import type { EntityType } from '../../bundle/schema';

export interface QuotedEvidence {
  sentence: string;
  start: number;
  end: number;
  articleId: string;
  headline: string;
  source: string | null;
  date: string | null;
}

export interface EntityDetail {
  entity: EntityRow;
  /** The two or three sentences worth quoting, best first. */
  quotes: QuotedEvidence[];
  evidenceCount: number;
  related: { id: string; name: string; type: EntityType; weight: number }[];
}

const CARD_QUOTES = 3;
const CARD_RELATED = 8;

export async function entityDetail(db: BackstoryDb, id: string): Promise<EntityDetail | null> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const found = await getEntity(db, id);
    if (!found) return null;
    const { evidence, ...entity } = found;
    const articleIds = [...new Set(evidence.map((e) => e.articleId as string))];
    const articles = new Map((await getArticles(db, articleIds)).flatMap((a) => (a ? [[a.id as string, a]] : [])));
    const candidates = evidence.map((e) => {
      const article = articles.get(e.articleId);
      return {
        sentence: e.sentence,
        start: e.start,
        end: e.end,
        articleId: e.articleId,
        headline: article?.headline ?? '',
        source: article?.source ?? null,
        date: article?.publishedAt ?? null,
      };
    });
    const fullNames = new Set(entity.aliases.map((a) => a.toLowerCase()));
    const relatedIds = entity.related.slice(0, CARD_RELATED);
    const relatedRows = await getEntities(
      db,
      relatedIds.map((r) => r.entityId),
    );
    return {
      entity,
      quotes: topEvidence(candidates, fullNames, CARD_QUOTES),
      evidenceCount: evidence.length,
      related: relatedIds.flatMap((r, i) => {
        const row = relatedRows[i];
        return row ? [{ id: row.id, name: row.name, type: row.type, weight: r.weight }] : [];
      }),
    };
  });
}
