import { describe, expect, it } from 'vitest';
import { median, medianInterval } from '../../bench/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('bounds the median between the order statistics that hold it with 95 % probability', () => {
    const ranks = (n: number) => Array.from({ length: n }, (_, i) => n - i);
    // Binomial(21, 1/2): P(X <= 5) = 0.013, P(X <= 6) = 0.039, so the 6th and 16th of 21 values.
    expect(medianInterval(ranks(21))).toEqual([6, 16]);
    expect(medianInterval(ranks(35))).toEqual([12, 24]);
    // With six values only the whole range holds it often enough; with five, not even that.
    expect(medianInterval(ranks(6))).toEqual([1, 6]);
    expect(medianInterval(ranks(5))).toBeNull();
  });

  it('narrows with a lower level', () => {
    const values = Array.from({ length: 21 }, (_, i) => i + 1);
    const [low, high] = medianInterval(values, 0.5)!;
    expect(low).toBeGreaterThan(6);
    expect(high).toBeLessThan(16);
  });
});
