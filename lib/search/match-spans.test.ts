import { describe, expect, it } from 'vitest';
import { foldForSearch } from './fold';
import { matchSpans } from './match-spans';

const marked = (term: string, query: string) => {
  const t = foldForSearch(term);
  let out = '';
  let at = 0;
  for (const [s, e] of matchSpans(t, foldForSearch(query))) {
    out += `${t.slice(at, s)}[${t.slice(s, e)}]`;
    at = e;
  }
  return out + t.slice(at);
};

describe('matchSpans', () => {
  it('marks the query where the term holds it', () => {
    expect(marked('Imran Khan', 'imran')).toBe('[imran] khan');
    expect(marked('Pakistan Tehreek-e-Insaf', 'tehrik e insaf')).toBe('pakistan [tehrik e insaf]');
  });

  it('marks whole words for a misspelt query, and the typed part of a word being typed', () => {
    expect(marked('Imran Khan', 'Imran Kahn')).toBe('[imran] [khan]');
    expect(marked('Mahmood Khan Achakzai', 'Achakzi')).toBe('mahmud khan [achakzai]');
    expect(marked('Wife of Imran Khan, imprisoned', 'imran kahn')).toBe('wife of [imran] [khan] imprisoned');
    expect(marked('Balochistan', 'bluch')).toBe('[baloch]istan');
    expect(marked('Shehbaz Sharif', 'shahb')).toBe('[shehb]az sharif');
  });

  it('marks nothing that is not like the query', () => {
    expect(marked('Kabul', 'quetta')).toBe('kabul');
  });
});
