import { describe, expect, it } from 'vitest';
import { MAX_RELATED, RelatedTally } from './related';

const set = (...ids: number[]) => new Set(ids);

describe('RelatedTally', () => {
  it('ranks a sentence shared above a paragraph shared, and both far above an article shared', () => {
    const tally = new RelatedTally();
    // entity 0 shares a sentence with 1, a paragraph with 2, and two articles with 3
    tally.addArticle([set(0, 1), set(2)], [set(0, 1, 2)], set(0, 1, 2, 3));
    tally.addArticle([set(0)], [set(0)], set(0, 3));
    const ranked = tally.rank(0).map(([other]) => other);
    expect(ranked).toEqual([1, 2, 3]);
    const weights = new Map(tally.rank(0));
    expect(weights.get(1)! / weights.get(3)!).toBeGreaterThan(5);
  });

  it('drops a pair seen only once, and only at article level', () => {
    const tally = new RelatedTally();
    tally.addArticle([set(0), set(1)], [set(0), set(1)], set(0, 1));
    expect(tally.rank(0)).toEqual([]);
  });

  it('discounts an entity named in every article', () => {
    const tally = new RelatedTally();
    // 9 is in every article; 1 is in one; both share one sentence with 0
    tally.addArticle([set(0, 9), set(0, 1)], [set(0, 1, 9)], set(0, 1, 9));
    tally.addArticle([set(9)], [set(9)], set(9, 5));
    tally.addArticle([set(9)], [set(9)], set(9, 6));
    const weights = new Map(tally.rank(0));
    expect(weights.get(1)!).toBeGreaterThan(weights.get(9)! * 2);
  });

  it('keeps the list short', () => {
    const tally = new RelatedTally();
    const many = Array.from({ length: 20 }, (_, i) => i);
    tally.addArticle([new Set(many)], [new Set(many)], new Set(many));
    expect(tally.rank(0)).toHaveLength(MAX_RELATED);
  });
});
