/** Every evidence sentence of one entity, grouped by article, for the popup's detail view. */
import type { Article } from '../../bundle/schema';
import type { BackstoryDb, EvidenceRow } from '../db';
import { getArticles, getEntity } from '../db-reads';

export interface ArticleEvidence {
  articleId: string;
  headline: string;
  source: string | null;
  date: string | null;
  /** In the order the article tells them; `start`/`end` locate the mention. */
  sentences: { sentence: string; start: number; end: number }[];
}

/** Groups evidence rows by article: newest article first (undated last), sentences in article order. */
export function groupByArticle(
  rows: readonly Pick<EvidenceRow, 'articleId' | 'sentence' | 'start' | 'end' | 'position'>[],
  articles: ReadonlyMap<string, Article>,
): ArticleEvidence[] {
  const groups = new Map<string, ArticleEvidence>();
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    let group = groups.get(row.articleId);
    if (!group) {
      const article = articles.get(row.articleId);
      group = {
        articleId: row.articleId,
        headline: article?.headline ?? 'Untitled article',
        source: article?.source ?? null,
        date: article?.publishedAt ?? null,
        sentences: [],
      };
      groups.set(row.articleId, group);
    }
    group.sentences.push({ sentence: row.sentence, start: row.start, end: row.end });
  }
  return [...groups.values()].sort(
    (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.headline.localeCompare(b.headline),
  );
}

export async function evidenceByArticle(db: BackstoryDb, entityId: string): Promise<ArticleEvidence[]> {
  return db.transaction('r', [db.meta, db.shards], async () => {
    const entity = await getEntity(db, entityId);
    if (!entity) return [];
    const rows = entity.evidence.map((e, position) => ({ ...e, position }));
    const found = await getArticles(db, [...new Set(rows.map((r) => r.articleId as string))]);
    return groupByArticle(rows, new Map(found.flatMap((a) => (a ? [[a.id as string, a]] : []))));
  });
}

/** The first evidence sentence of an entity that `accept` takes (a search result's excerpt). */
export async function firstEvidence(
  db: BackstoryDb,
  entityId: string,
  accept: (sentence: string) => boolean,
): Promise<string | null> {
  const entity = await getEntity(db, entityId);
  return entity?.evidence.find((e) => accept(e.sentence))?.sentence ?? null;
}
