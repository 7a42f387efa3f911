import { describe, expect, it } from 'vitest';
import { displaySpans, excerptAround, pieces } from './highlight';

const marked = (text: string, spans: [number, number][]) =>
  pieces(text, displaySpans(text, spans))
    .map((p) => (p.marked ? `[${p.text}]` : p.text))
    .join('');

describe('marking a match in the text the reader sees', () => {
  it('carries folded offsets back through case, hyphens and transliteration', () => {
    expect(marked('Imran Khan', [[0, 5]])).toBe('[Imran] Khan');
    // "pakistan tehrik e insaf": "tehrik e insaf" is 9..23 in the folded text.
    expect(marked('Pakistan Tehreek-e-Insaf', [[9, 23]])).toBe('Pakistan [Tehreek-e-Insaf]');
    expect(marked('Khyber Pakhtoonkhwa', [[7, 18]])).toBe('Khyber [Pakhtoonkhwa]');
  });

  it('merges runs split by one separator, keeps others apart', () => {
    // Folded: "mahmud khan achakzai".
    expect(
      marked('Mahmood Khan Achakzai', [
        [0, 6],
        [7, 11],
      ]),
    ).toBe('[Mahmood Khan] Achakzai');
    expect(
      marked('Mahmood Khan Achakzai', [
        [0, 3],
        [12, 18],
      ]),
    ).toBe('[Mah]mood Khan [Achakz]ai');
    expect(marked('Mahmood Khan Achakzai', [[0, 7]])).toBe('[Mahmood] Khan Achakzai');
  });

  it('ignores spans outside the text', () => {
    expect(marked('Kabul', [[9, 12]])).toBe('Kabul');
    expect(pieces('Kabul', [])).toEqual([{ text: 'Kabul', marked: false }]);
  });
});

describe('excerptAround', () => {
  const sentence =
    'On Monday, the Islamabad High Court heard the appeal in the Toshakhana-II case filed by Bushra Bibi, whose lawyers said the trial had been unfair from the start.';

  it('marks the whole word and cuts at word boundaries with ellipses', () => {
    const excerpt = excerptAround(sentence, 'toshakhana', 30)!;
    expect(excerpt.find((p) => p.marked)?.text).toBe('Toshakhana');
    const text = excerpt.map((p) => p.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('the Toshakhana-II case');
  });

  it('finds whole words only, and null when absent', () => {
    expect(excerptAround('Iranian officials met in Iran.', 'iran')!.find((p) => p.marked)?.text).toBe('Iran');
    expect(excerptAround(sentence, 'kabul')).toBeNull();
  });
});
