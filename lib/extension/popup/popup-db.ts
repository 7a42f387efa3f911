/**
 * The popup's reads of the knowledge base through Dexie. Loaded after the
 * popup's first paint (popup-services.ts imports it dynamically): searching a
 * cached index does not need it.
 */
import { ask } from '../background-client';
import { BackstoryDb, countKnowledgeBase, isEmpty, type KbCounts } from '../db';
import { evidenceByArticle, firstEvidence, type ArticleEvidence } from '../kb/entity-evidence';
import { entityDetail, type EntityDetail } from '../kb/entity-detail';
import { excerptAround, type Piece } from '../../search/highlight';
import { loadSearchIndex, type LoadedIndex } from '../search/search-cache';

/** Characters around the matched word in a result's excerpt: two lines of the popup. */
const EXCERPT_RADIUS = 36;

export interface PopupDb {
  loadIndex(): Promise<LoadedIndex>;
  counts(): Promise<KbCounts>;
  detail(id: string): Promise<EntityDetail | null>;
  evidence(id: string): Promise<ArticleEvidence[]>;
  excerpt(entityId: string, word: string): Promise<Piece[] | null>;
}

export function openPopupDb(): PopupDb {
  const db = new BackstoryDb();
  // On the first start the background may still be loading the shipped knowledge base: its stats request waits for that.
  const ready = isEmpty(db).then((empty) =>
    empty ? ask({ type: 'backstory:kb-stats' }).then(() => undefined) : undefined,
  );
  return {
    loadIndex: () => ready.then(() => loadSearchIndex(db)),
    counts: () => ready.then(() => countKnowledgeBase(db)),
    detail: (id) => ready.then(() => entityDetail(db, id)),
    evidence: (id) => ready.then(() => evidenceByArticle(db, id)),
    async excerpt(entityId, word) {
      const sentence = await firstEvidence(db, entityId, (s) => excerptAround(s, word) !== null);
      return sentence === null ? null : excerptAround(sentence, word, EXCERPT_RADIUS);
    },
  };
}
