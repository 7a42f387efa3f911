import { describe, expect, it } from 'vitest';
import { seedFiles, seedRegistry as registry } from '../../tests/fixtures/seeds';
import { buildBundle } from '../bundle/builder';
import { searchEntitiesOfBundle } from './search-entities';
import { SearchIndex } from './search-index';

describe('search in Urdu over the seed knowledge base', async () => {
  const { bundle } = await buildBundle(seedFiles, registry, { name: 'Seed', createdAt: '2026-03-01T00:00:00.000Z' });
  const index = SearchIndex.build(searchEntitiesOfBundle(bundle));
  const top = (query: string) => index.search(query)[0]?.entity.id;

  it.each([
    // [Latin query, Urdu query with a typo or a variant letter]
    ['Imran Khan', 'عمران خاں'], // noon ghunna for noon
    ['Shehbaz Sharif', 'شهباز شريف'], // Arabic heh and yeh
    ['Mahmood Khan Achakzai', 'محمود خان اچكزئي'], // Arabic kaf and yeh
    ['Khawaja Asif', 'خواجه آصف'],
    ['Balochistan', 'بلوچستن'], // a letter left out
    ['Islamabad', 'اسلام اباد'], // alef for alef madda
    ['Pakistan Tehreek-e-Insaf', 'پی ٹی آی'], // a hamza left out
    ['Afghanistan', 'افعانستان'], // ain for ghain
  ])('ranks the same entity first for "%s" and for "%s"', (latin, urdu) => {
    const expected = top(latin);
    expect(expected).toBeDefined();
    expect(top(urdu)).toBe(expected);
  });

  it('shows the Urdu-script name with the result', () => {
    const hit = index.search('عمران خان')[0]!;
    expect(hit.entity.nativeName).toBe('عمران خان');
  });
});
