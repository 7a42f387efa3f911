/**
 * What an import would change: entities and articles new, changed and removed,
 * between the knowledge base now and the one the import would leave.
 */
import type { Article, Bundle, Entity } from '../bundle/schema';

interface Named {
  id: string;
  name: string;
}

export interface ChangeList {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** The first few of each, by name, for the preview. */
  examples: { added: Named[]; changed: Named[]; removed: Named[] };
}

export interface KbDiff {
  entities: ChangeList;
  articles: ChangeList;
}

const DIFF_EXAMPLES = 6;

/** A string equal for two entities exactly when they hold the same content, whatever the key order. */
function entityFingerprint(e: Entity): string {
  return JSON.stringify([
    e.name,
    e.type,
    e.role,
    e.nativeName,
    e.aliases,
    e.shortForms,
    e.contextual,
    e.region,
    e.mentionCount,
    e.firstSeen,
    e.lastSeen,
    e.evidence.map((x) => [x.articleId, x.sentence, x.start, x.end]),
    e.related.map((r) => [r.entityId, r.weight]),
  ]);
}

const articleFingerprint = (a: Article) => JSON.stringify([a.headline, a.source, a.publishedAt, a.sentenceCount]);

function compare<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  fingerprint: (item: T) => string,
  nameOf: (item: T) => string,
): ChangeList {
  const list: ChangeList = {
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    examples: { added: [], changed: [], removed: [] },
  };
  const note = (kind: 'added' | 'changed' | 'removed', item: T) => {
    list[kind]++;
    if (list.examples[kind].length < DIFF_EXAMPLES) list.examples[kind].push({ id: item.id, name: nameOf(item) });
  };
  const old = new Map(before.map((item) => [item.id, item]));
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) note('added', item);
    else if (previous === item || fingerprint(previous) === fingerprint(item)) list.unchanged++;
    else note('changed', item);
    old.delete(item.id);
  }
  for (const item of old.values()) note('removed', item);
  return list;
}

/** The difference between the stored knowledge base (null when there is none) and the one an import would write. */
export function diffBundles(
  before: Pick<Bundle, 'entities' | 'articles'> | null,
  after: Pick<Bundle, 'entities' | 'articles'>,
): KbDiff {
  return {
    entities: compare(before?.entities ?? [], after.entities, entityFingerprint, (e) => e.name),
    articles: compare(before?.articles ?? [], after.articles, articleFingerprint, (a) => a.headline),
  };
}
