/**
 * Which entities are related, and how closely: two entities named in one
 * sentence are close, in one paragraph less so, in one article barely. An
 * entity named in nearly every article (the country itself) says little about
 * any other and is discounted; two entities that only ever shared one article
 * are not related at all.
 */

/** Weights of one shared sentence, paragraph and article. */
const CLOSENESS = { sentence: 1, paragraph: 0.3, article: 0.05 } as const;
/** The longest related list kept. */
export const MAX_RELATED = 8;
/** The lowest factor for an entity named in every article. */
const MIN_FACTOR = 0.25;

interface Shared {
  sentences: number;
  paragraphs: number;
  articles: number;
}

/** Tallies co-occurrences, then ranks each entity's related ones. */
export class RelatedTally {
  private readonly pairs = new Map<number, Map<number, Shared>>();
  private readonly articlesOf = new Map<number, number>();
  private articleCount = 0;

  /** One article: the entities of each of its sentences, of each paragraph, and of the whole. */
  addArticle(
    sentences: readonly ReadonlySet<number>[],
    paragraphs: readonly ReadonlySet<number>[],
    article: ReadonlySet<number>,
  ): void {
    this.articleCount++;
    for (const e of article) this.articlesOf.set(e, (this.articlesOf.get(e) ?? 0) + 1);
    for (const set of sentences) this.count(set, 'sentences');
    for (const set of paragraphs) this.count(set, 'paragraphs');
    this.count(article, 'articles');
  }

  private count(set: ReadonlySet<number>, kind: keyof Shared): void {
    if (set.size < 2) return;
    for (const a of set) {
      let row = this.pairs.get(a);
      if (!row) {
        row = new Map();
        this.pairs.set(a, row);
      }
      for (const b of set) {
        if (a === b) continue;
        const shared = row.get(b) ?? { sentences: 0, paragraphs: 0, articles: 0 };
        shared[kind]++;
        row.set(b, shared);
      }
    }
  }

  /** Related entities of `entity`, closest first, as `[other, weight]`. */
  rank(entity: number): [number, number][] {
    const row = this.pairs.get(entity);
    if (!row) return [];
    const ranked: [number, number][] = [];
    for (const [other, shared] of row) {
      // A pair seen only once, and only at article level, is chance.
      if (shared.sentences === 0 && shared.paragraphs === 0 && shared.articles < 2) continue;
      const weight =
        (shared.sentences * CLOSENESS.sentence +
          shared.paragraphs * CLOSENESS.paragraph +
          shared.articles * CLOSENESS.article) *
        this.factor(other);
      ranked.push([other, Math.round(weight * 100) / 100]);
    }
    return ranked
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, MAX_RELATED);
  }

  /** Less weight for an entity named in most articles: 1 for a rare one, down to MIN_FACTOR for one named everywhere. */
  private factor(other: number): number {
    if (this.articleCount < 3) return 1;
    const share = (this.articlesOf.get(other) ?? 0) / this.articleCount;
    return Math.max(MIN_FACTOR, Math.min(1, 1.25 - share));
  }
}
