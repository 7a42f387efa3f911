import { describe, expect, it } from 'vitest';
import { parseArticles, splitChunks } from './articles';
import { findDates, isDateLine } from './dates';
import { seedFiles } from '../../tests/fixtures/seeds';

describe('parseArticles on the seed files', async () => {
  const articles = await parseArticles(seedFiles);

  it('splits the two files that hold two articles and stores the shared article once', () => {
    expect(seedFiles.map((f) => splitChunks(f.text).length)).toEqual([1, 1, 2, 1, 2]);
    expect(articles).toHaveLength(6);
    const rally = articles.filter(
      (a) => a.headline === 'Pakistan opposition rallies in Khyber Pakhtunkhwa to demand release of Imran Khan',
    );
    expect(rally).toHaveLength(1);
    expect(rally[0]!.files).toEqual(['002_7795836731cbb96a.txt', '004_5a940adfff668c84.txt']);
  });

  it('reads headlines, dates and sources where the text has them', () => {
    expect(articles.map((a) => [a.headline.slice(0, 40), a.publishedAt, a.source])).toEqual([
      ['Opposition alliance advocates national c', '2026-02-26', null],
      ['Islamabad — Pakistan’s National Assembly', '2026-02-02', null],
      ['Pakistan army blames Afghanistan for pro', '2023-07-17', null],
      ['Pakistan opposition rallies in Khyber Pa', '2025-12-07', null],
      ['Pakistan Firm on No Talks with TTP Amid ', '2025-01-14', 'Global Village Space'],
      ['Pakistan assumes chair of SCO’s permanen', '2025-09-10', null],
    ]);
  });

  it('drops page furniture, links and the repeated headline', () => {
    const all = articles.flatMap((a) => a.paragraphs);
    expect(all).not.toContain('Short Url');
    expect(all).not.toContain('Follow');
    expect(all.some((p) => p.includes('pic.twitter.com') || p.includes('https://'))).toBe(false);
    for (const a of articles) expect(a.paragraphs).not.toContain(a.headline);
  });

  it('gives the same id to the same article whatever file it came from', async () => {
    const [again] = await parseArticles([{ name: 'copy.txt', text: splitChunks(seedFiles[4]!.text)[1]! }]);
    expect(again!.id).toBe(articles[3]!.id);
  });
});

describe('dates', () => {
  it('reads both day-month orders and rejects impossible dates', () => {
    expect(findDates('on February 2, 2026 and Updated 07 December 2025, not February 30, 2026')).toEqual([
      '2026-02-02',
      '2025-12-07',
    ]);
  });

  it('recognises date stamps', () => {
    expect(isDateLine('Tuesday, January 14, 2025')).toBe(true);
    expect(isDateLine('Updated 10 September 2025')).toBe(true);
    expect(isDateLine('The meeting on February 2, 2026 was long')).toBe(false);
  });
});
