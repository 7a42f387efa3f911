import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeSearchBundle } from '../../../tests/fixtures/search-synthetic';
import { replaceKnowledgeBase } from '../db';
import { loadSearchIndex } from './search-cache';
import { testDatabases } from '../../../tests/fixtures/test-db';

const openDb = testDatabases();

describe('the cached search index', () => {
  it('is built once per knowledge base, then read from the cache', async () => {
    const db = openDb();
    const first = makeSearchBundle(40, 1);
    await replaceKnowledgeBase(db, first, 'seed');

    const cold = await loadSearchIndex(db);
    expect(cold).toMatchObject({ cached: false, contentHash: first.contentHash });
    await cold.saved;
    const warm = await loadSearchIndex(db);
    expect(warm.cached).toBe(true);
    const name = first.entities[7]!.name;
    expect(warm.index.search(name)).toEqual(cold.index.search(name));
    expect(warm.index.search(name)[0]?.entity.id).toBe(first.entities[7]!.id);

    const second = makeSearchBundle(30, 2);
    await replaceKnowledgeBase(db, second, 'import');
    const rebuilt = await loadSearchIndex(db);
    expect(rebuilt).toMatchObject({ cached: false, contentHash: second.contentHash });
    await rebuilt.saved;
    expect(await db.searchCache.count()).toBe(1);
    expect(rebuilt.index.entities.map((e) => e.id).sort()).toEqual(second.entities.map((e) => e.id).sort());
  });

  it('searches the evidence read from the database', async () => {
    const db = openDb();
    const bundle = makeSearchBundle(20, 3);
    await replaceKnowledgeBase(db, bundle, 'seed');
    const { index } = await loadSearchIndex(db);
    const sentence = bundle.entities[3]!.evidence[0]!.sentence;
    const word = sentence
      .split(' ')
      .find((w) => w.length > 6 && !bundle.entities.some((e) => e.name.includes(w)))!
      .replace(/\W/gu, '');
    expect(
      index.search(word, { limit: 100 }).some((h) => h.field === 'evidence' && h.entity.id === bundle.entities[3]!.id),
    ).toBe(true);
  });
});
