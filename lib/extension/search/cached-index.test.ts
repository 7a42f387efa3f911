import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeSearchBundle } from '../../../tests/fixtures/search-synthetic';
import { replaceKnowledgeBase } from '../db';
import { readCachedIndexData } from './cached-index';
import { loadSearchIndex } from './search-cache';
import { SearchIndex } from '../../search/search-index';
import { testDatabases } from '../../../tests/fixtures/test-db';

const openDb = testDatabases();

describe('the cached index, read without Dexie', () => {
  it('is there once the index is built, and only for the current knowledge base', async () => {
    const name = `t-${Math.random()}`;
    expect(await readCachedIndexData(name)).toBeNull(); // no database: and none is created
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    const db = openDb(name);
    const bundle = makeSearchBundle(25, 4);
    await replaceKnowledgeBase(db, bundle, 'seed');
    expect(await readCachedIndexData(name)).toBeNull(); // not built yet
    await (
      await loadSearchIndex(db)
    ).saved;
    const raw = await readCachedIndexData(name);
    expect(raw?.contentHash).toBe(bundle.contentHash);
    expect(SearchIndex.fromData(raw!.data)!.search(bundle.entities[2]!.name)[0]?.entity.id).toBe(
      bundle.entities[2]!.id,
    );
    await replaceKnowledgeBase(db, makeSearchBundle(10, 6), 'import');
    expect(await readCachedIndexData(name)).toBeNull(); // the cache is for the old content hash
  });
});
