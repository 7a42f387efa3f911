/**
 * The stored knowledge base read back as a bundle: what export writes, what a
 * merge starts from, and what a snapshot keeps for rollback.
 */
import type { BackstoryDb, EvidenceRow } from '../db';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type Entity, type Evidence } from '../bundle/schema';

/** The current knowledge base as a bundle, or null when none is stored. Entities and articles come in id order. */
export async function readKnowledgeBase(db: BackstoryDb): Promise<Bundle | null> {
  return db.transaction('r', db.kbTables, async () => {
    const meta = (await db.meta.get('current'))?.value;
    if (!meta) return null;
    const [entityRows, articles, evidenceRows] = await Promise.all([db.entities.toArray(), db.articles.toArray(), db.evidence.toArray()]);
    const evidenceOf = new Map<string, EvidenceRow[]>();
    for (const row of evidenceRows) {
      const list = evidenceOf.get(row.entityId);
      if (list) list.push(row);
      else evidenceOf.set(row.entityId, [row]);
    }
    const entities = entityRows.map(
      (row): Entity => ({
        id: row.id,
        name: row.name,
        type: row.type,
        role: row.role,
        nativeName: row.nativeName,
        aliases: row.aliases,
        shortForms: row.shortForms,
        contextual: row.contextual,
        region: row.region,
        mentionCount: row.mentionCount,
        firstSeen: row.firstSeen,
        lastSeen: row.lastSeen,
        evidence: (evidenceOf.get(row.id) ?? [])
          .sort((a, b) => a.position - b.position)
          .map((e): Evidence => ({ articleId: e.articleId, sentence: e.sentence, start: e.start, end: e.end })),
        related: row.related,
      }),
    );
    return {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      name: meta.bundleName,
      createdAt: meta.createdAt,
      contentHash: meta.contentHash,
      articles: articles.map((a) => ({ id: a.id, headline: a.headline, source: a.source, publishedAt: a.publishedAt, sentenceCount: a.sentenceCount })),
      entities,
    };
  });
}
