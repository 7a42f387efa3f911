import { describe, expect, it } from 'vitest';
import { seedFiles, seedRegistry as registry } from '../../tests/fixtures/seeds';
import { buildBundle } from '../bundle/builder';
import type { EntityType } from '../bundle/schema';
import { foldForSearch } from './fold';
import { searchEntitiesOfBundle } from './search-entities';
import { SearchIndex } from './search-index';
import type { SearchEntity } from './search-index-data';

describe('search over the seed knowledge base', async () => {
  const { bundle } = await buildBundle(seedFiles, registry, { name: 'Seed', createdAt: '2026-03-01T00:00:00.000Z' });
  const index = SearchIndex.build(searchEntitiesOfBundle(bundle));
  const top = (query: string, types?: EntityType[]) => index.search(query, { types })[0]?.entity.id;
  const ids = (query: string, n = 5) => index.search(query, { limit: n }).map((hit) => hit.entity.id);

  it.each([
    ['Imran Kahn', 'person/imran-khan'],
    ['Achakzi', 'person/mahmood-khan-achakzai'],
    ['Shahbaz Sharif', 'person/shehbaz-sharif'],
    ['Shebaz Sharif', 'person/shehbaz-sharif'],
    ['Khyber Pakhtoonkhwa', 'place/khyber-pakhtunkhwa'],
    ['khyber-pakhtunkhwa', 'place/khyber-pakhtunkhwa'],
    ['tehrik e insaf', 'group/pakistan-tehreek-e-insaf'],
    ['Bluchistan', 'place/balochistan'],
    ['عمران خان', 'person/imran-khan'],
    ['عمران', 'person/imran-khan'],
    ['پاکستان', 'place/pakistan'],
    ['PTI', 'group/pakistan-tehreek-e-insaf'],
    ['ttp', 'group/tehreek-e-taliban-pakistan'],
    ['KP', 'place/khyber-pakhtunkhwa'],
    ['Bushra', 'person/bushra-bibi'],
  ])('finds %s first as %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('puts the exact name first, then names that start with the query, then names with a later word that does', () => {
    const hits = ids('Pakistan', 20);
    expect(hits[0]).toBe('place/pakistan');
    expect(hits.slice(1, 4).sort()).toEqual([
      'group/pakistan-army',
      'group/pakistan-peoples-party',
      'group/pakistan-tehreek-e-insaf',
    ]);
    expect(hits.indexOf('group/tehreek-e-taliban-pakistan')).toBeGreaterThan(3);
  });

  it('puts names before roles and roles before evidence', () => {
    const hits = index.search('Achakzai');
    expect(hits[0]).toMatchObject({ field: 'name', entity: { id: 'person/mahmood-khan-achakzai' } });
    const fields = hits.map((h) => h.field);
    expect(fields.lastIndexOf('role')).toBeLessThan(
      fields.indexOf('evidence') === -1 ? Infinity : fields.indexOf('evidence'),
    );
    expect(index.search('prime minister')[0]?.field).toBe('role');
    expect(index.search('prime minister', { limit: 50 }).map((h) => h.entity.id)).toContain('person/shehbaz-sharif');
  });

  it('searches evidence sentences', () => {
    const hit = index.search('Toshakhana', { limit: 50 }).find((h) => h.field === 'evidence');
    expect(hit?.matched).toBe('toshakhana');
  });

  it('filters by type', () => {
    expect(index.search('khan', { types: ['place'] }).every((h) => h.entity.type === 'place')).toBe(true);
    expect(top('Pakistan', ['group'])).toBe('group/pakistan-tehreek-e-insaf'); // the most mentioned group whose name starts with it
    expect(top('Pakistan', ['person', 'group'])).not.toBe('place/pakistan');
  });

  it('marks the part of the name that matched', () => {
    const [hit] = index.search('imran');
    expect(hit).toMatchObject({ field: 'name', matched: 'Imran Khan', spans: [[0, 5]] });
    const [fuzzy] = index.search('Achakzi');
    const folded = foldForSearch(fuzzy!.matched);
    expect(fuzzy!.spans.map(([s, e]) => folded.slice(s, e)).join('')).toMatch(/achakz/u);
  });

  it('gives nothing for an empty query or one of punctuation, and names for one letter', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  - ')).toEqual([]);
    const letter = index.search('z', { limit: 50 });
    expect(letter.length).toBeGreaterThan(0);
    for (const hit of letter)
      expect(
        foldForSearch(hit.matched)
          .split(' ')
          .some((w) => w.startsWith('z')),
      ).toBe(true);
  });

  it('caps the query at Fuse’s 32 characters', () => {
    expect(top('Tehreek-e-Tahaffuz-e-Ain Pakistan and a lot more words after it')).toBe(
      'group/tehreek-e-tahaffuz-e-ain-pakistan',
    );
  });
});

const entity = (id: string, name: string, extra: Partial<SearchEntity> = {}): SearchEntity => ({
  id,
  name,
  type: 'person',
  role: 'politician',
  aliases: [name],
  nativeName: null,
  mentionCount: 1,
  evidence: [],
  ...extra,
});

describe('ranking rules on small lists', () => {
  it('orders exact name, exact alias, name prefix, alias prefix, later word, then fuzzy', () => {
    const index = SearchIndex.build([
      entity('person/fuzzy', 'Nawaz Sharef', { mentionCount: 90 }),
      entity('person/word', 'Mian Nawaz Sharif', { mentionCount: 85 }),
      entity('person/alias-prefix', 'Mian Sahib', { aliases: ['Mian Sahib', 'Nawaz Sharif Sr'], mentionCount: 80 }),
      entity('person/name-prefix', 'Nawaz Sharif Junior', { mentionCount: 70 }),
      entity('person/alias', 'Mian Nawaz', { aliases: ['Mian Nawaz', 'Nawaz Sharif'], mentionCount: 60 }),
      entity('person/name', 'Nawaz Sharif', { mentionCount: 1 }),
    ]);
    expect(index.search('nawaz sharif').map((h) => h.entity.id)).toEqual([
      'person/name',
      'person/alias',
      'person/name-prefix',
      'person/alias-prefix',
      'person/word',
      'person/fuzzy',
    ]);
  });

  it('breaks ties by mention count, then by name', () => {
    const index = SearchIndex.build([
      entity('person/b', 'Ali Bkhan', { mentionCount: 2 }),
      entity('person/c', 'Ali Ckhan', { mentionCount: 5 }),
      entity('person/a', 'Ali Akhan', { mentionCount: 2 }),
    ]);
    expect(index.search('ali').map((h) => h.entity.id)).toEqual(['person/c', 'person/a', 'person/b']);
  });

  it('ranks a name match before an exact role or evidence match', () => {
    const index = SearchIndex.build([
      entity('person/evidence', 'Zed One', { evidence: ['The governor met Zed One in Quetta.'], mentionCount: 50 }),
      entity('person/role', 'Zed Two', { role: 'Governor', mentionCount: 40 }),
      entity('person/name', 'Governor Khan'),
    ]);
    expect(index.search('governor').map((h) => [h.entity.id, h.field])).toEqual([
      ['person/name', 'name'],
      ['person/role', 'role'],
      ['person/evidence', 'evidence'],
    ]);
  });

  it('matches transliteration variants as equals', () => {
    const index = SearchIndex.build([
      entity('person/yusaf', 'Asim Yusaf'),
      entity('place/pakhtunkhwa', 'Pakhtunkhwa', { type: 'place' }),
    ]);
    expect(index.search('Asim Yousaf')[0]).toMatchObject({ score: -2, entity: { id: 'person/yusaf' } });
    expect(index.search('pakhtoonkhwa')[0]).toMatchObject({ score: -2, entity: { id: 'place/pakhtunkhwa' } });
  });

  it('finds nothing for a query unlike every entity', () => {
    const index = SearchIndex.build([entity('person/a', 'Imran Khan'), entity('person/b', 'Bushra Bibi')]);
    expect(index.search('qwxz')).toEqual([]);
  });

  it('round-trips through plain data, as the cache stores it', () => {
    const entities = [
      entity('person/a', 'Imran Khan', { evidence: ['Imran Khan spoke in Lahore on Monday.'] }),
      entity('place/lahore', 'Lahore', { type: 'place' }),
    ];
    const built = SearchIndex.build(entities);
    const data = structuredClone(built.toData());
    const loaded = SearchIndex.fromData(data)!;
    for (const q of ['imran', 'lahor', 'monday', 'l']) expect(loaded.search(q)).toEqual(built.search(q));
    expect(SearchIndex.fromData({ ...data, format: 1 })).toBeNull();
    expect(loaded.entities[0]).not.toHaveProperty('evidence');
  });
});
