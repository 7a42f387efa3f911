/**
 * Merge: an incoming bundle updated into the current knowledge base. Entities
 * and articles are matched by id; what the incoming bundle says of an entity
 * wins, its new evidence, aliases and relations are added, and everything the
 * incoming bundle does not mention is kept.
 */
import type { Article, Bundle, Entity, Evidence, Related } from '../bundle/schema';

const evidenceKey = (e: Evidence) => `${e.articleId}\u0000${e.start}\u0000${e.end}\u0000${e.sentence}`;

/** Items of `first`, then those of `second` whose key is new, in order. */
function union<T>(first: readonly T[], second: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(first.map(key));
  const out = [...first];
  for (const item of second) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

/** One entity known to both sides. Its type cannot differ: the id carries it. */
function mergeEntity(current: Entity, incoming: Entity): Entity {
  const evidence = union(current.evidence, incoming.evidence, evidenceKey);
  const relatedWeights = new Map<string, Related>(current.related.map((r) => [r.entityId, r]));
  for (const r of incoming.related) relatedWeights.set(r.entityId, r);
  const aliases = union(incoming.aliases, current.aliases, (a) => a);
  const aliasSet = new Set(aliases);
  return {
    ...incoming,
    aliases,
    // A form that is now a full alias no longer waits for a full mention.
    shortForms: union(incoming.shortForms, current.shortForms, (a) => a).filter((form) => !aliasSet.has(form)),
    mentionCount: Math.max(current.mentionCount, incoming.mentionCount, evidence.length),
    firstSeen: earlier(current.firstSeen, incoming.firstSeen),
    lastSeen: later(current.lastSeen, incoming.lastSeen),
    evidence,
    related: [...relatedWeights.values()],
  };
}

/**
 * The knowledge base after merging `incoming` into `current`, named and dated
 * as the incoming bundle. Its content hash is left to the caller: it is only
 * needed when the merge is written.
 */
export function mergeBundles(current: Bundle, incoming: Bundle): Omit<Bundle, 'contentHash'> {
  const incomingEntities = new Map(incoming.entities.map((e) => [e.id as string, e]));
  const entities: Entity[] = current.entities.map((e) => {
    const update = incomingEntities.get(e.id);
    return update ? mergeEntity(e, update) : e;
  });
  const currentIds = new Set(current.entities.map((e) => e.id as string));
  for (const e of incoming.entities) if (!currentIds.has(e.id)) entities.push(e);

  const incomingArticles = new Map(incoming.articles.map((a) => [a.id as string, a]));
  const articles: Article[] = current.articles.map((a) => incomingArticles.get(a.id) ?? a);
  const currentArticleIds = new Set(current.articles.map((a) => a.id as string));
  for (const a of incoming.articles) if (!currentArticleIds.has(a.id)) articles.push(a);

  const { contentHash: _incomingHash, ...envelope } = incoming;
  return { ...envelope, articles, entities };
}
