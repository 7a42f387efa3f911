import 'fake-indexeddb/auto';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../bundle/builder';
import { BundleSchema, EntityIdSchema, type Bundle } from '../bundle/schema';
import Dexie from 'dexie';
import { makeSearchBundle } from '../../tests/fixtures/search-synthetic';
import { dumpDb } from '../../tests/fixtures/db-dump';
import { seedRegistry as registry } from '../../tests/fixtures/seeds';
import { countKnowledgeBase, isEmpty, loadIfEmpty, replaceKnowledgeBase, rollBack } from './db';
import { allArticles, allEntities, getArticles, getEntities, getEntity } from './db-reads';
import { ARTICLE_SHARD, ENTITY_SHARD } from './db-shards';
import { testDatabases } from '../../tests/fixtures/test-db';

const article = (headline: string, body: string) => ({ name: `${headline}.txt`, text: `${headline}\n\n${body}` });

async function bundleOf(name: string, ...files: { name: string; text: string }[]): Promise<Bundle> {
  return (await buildBundle(files, registry, { name, createdAt: '2026-03-01T00:00:00.000Z' })).bundle;
}

/** A small bundle written by hand and checked against the schema, independent of the builder. */
function handBundle(
  name: string,
  people: { slug: string; name: string; shortForm?: string }[],
  articleId = 'a-0000abcd',
): Bundle {
  const sentence = people.map((p) => p.name).join(' met ') + '.';
  return v.parse(BundleSchema, {
    format: 'backstory.bundle',
    version: 1,
    name,
    createdAt: '2026-03-01T00:00:00.000Z',
    contentHash: `sha256:${'0'.repeat(64)}`,
    articles: [
      { id: articleId, headline: `${name} headline`, source: null, publishedAt: '2026-02-28', sentenceCount: 1 },
    ],
    entities: people.map((p) => {
      const start = sentence.indexOf(p.name);
      return {
        id: `person/${p.slug}`,
        name: p.name,
        type: 'person',
        role: 'politician',
        nativeName: null,
        aliases: [p.name],
        shortForms: p.shortForm ? [p.shortForm] : [],
        contextual: false,
        region: null,
        mentionCount: 1,
        firstSeen: '2026-02-28',
        lastSeen: '2026-02-28',
        evidence: [{ articleId, sentence, start, end: start + p.name.length }],
        related: [],
      };
    }),
  });
}

const openDb = testDatabases();

describe('the knowledge-base database', () => {
  it('stores a hand-written bundle in shards and reads each entity, with its evidence, by id', async () => {
    const db = openDb();
    expect(await isEmpty(db)).toBe(true);
    const bundle = handBundle('hand', [
      { slug: 'imran-khan', name: 'Imran Khan', shortForm: 'Khan' },
      { slug: 'jose-pena', name: 'José Peña' },
    ]);
    await replaceKnowledgeBase(db, bundle, 'seed', { importedAt: '2026-03-02T10:00:00.000Z' });
    expect(await isEmpty(db)).toBe(false);
    expect(await countKnowledgeBase(db)).toEqual({
      entities: 2,
      articles: 1,
      evidence: 2,
      aliases: 3,
      meta: {
        bundleName: 'hand',
        bundleVersion: 1,
        contentHash: bundle.contentHash,
        createdAt: '2026-03-01T00:00:00.000Z',
        importedAt: '2026-03-02T10:00:00.000Z',
        origin: 'seed',
        generation: 1,
        figures: { entities: 2, articles: 1, evidence: 2, aliases: 3 },
      },
    });
    const imranKhan = v.parse(EntityIdSchema, 'person/imran-khan');
    expect(await getEntity(db, imranKhan)).toEqual(bundle.entities[0]);
    expect(
      (await getEntities(db, ['person/jose-pena', 'person/nobody', 'person/imran-khan'])).map((e) => e?.name),
    ).toEqual(['José Peña', undefined, 'Imran Khan']);
    expect((await getArticles(db, ['a-0000abcd']))[0]?.headline).toBe('hand headline');
    expect(await db.shards.count()).toBe(2); // one of entities, one of articles
  });

  it('finds every entity of a knowledge base that spans many shards', async () => {
    const db = openDb();
    const bundle = makeSearchBundle(1_000, 3);
    await replaceKnowledgeBase(db, bundle, 'import');
    expect(await db.shards.count()).toBe(
      Math.ceil(1_000 / ENTITY_SHARD) + Math.ceil(bundle.articles.length / ARTICLE_SHARD),
    );
    const ids = bundle.entities.map((e) => e.id as string);
    const found = await getEntities(db, ids);
    expect(found.map((e) => e?.id)).toEqual(ids);
    expect(found[517]).toEqual(bundle.entities[517]);
    expect((await allEntities(db)).map((e) => e.id)).toEqual([...ids].sort());
    expect(await getEntity(db, 'person/0-before-everything')).toBeUndefined();
    expect(await getEntity(db, 'place/~after-everything')).toBeUndefined();
  });

  it('keeps the previous knowledge base whole when a write stops part-way', async () => {
    const db = openDb();
    await replaceKnowledgeBase(db, handBundle('first', [{ slug: 'imran-khan', name: 'Imran Khan' }]), 'seed');
    const before = await dumpDb(db);
    const stop = () => {
      throw new Error('the page was closed');
    };
    await expect(replaceKnowledgeBase(db, makeSearchBundle(2_000, 4), 'import', { onProgress: stop })).rejects.toThrow(
      'the page was closed',
    );
    expect(await dumpDb(db)).toBe(before);
  });

  it('leaves no shard of the previous knowledge base after a second replace, unless asked to keep it', async () => {
    const db = openDb();
    await replaceKnowledgeBase(db, await bundleOf('one', article('First', 'Imran Khan spoke in Peshawar.')), 'seed');
    const second = await bundleOf('two', article('Second', 'Shehbaz Sharif spoke in Quetta.'));
    await replaceKnowledgeBase(db, second, 'import');
    expect((await allArticles(db)).map((a) => a.headline)).toEqual(['Second']);
    expect(new Set((await db.shards.toArray()).map((s) => s.generation))).toEqual(new Set([2]));
    expect(await rollBack(db)).toBeNull();

    const third = await bundleOf('three', article('Third', 'Asad Qaiser spoke in Bannu.'));
    await replaceKnowledgeBase(db, third, 'import', { keepPrevious: true });
    expect(new Set((await db.shards.toArray()).map((s) => s.generation))).toEqual(new Set([2, 3]));
    const fourth = await bundleOf('four', article('Fourth', 'Ali Wazir spoke in Kabul.'));
    await replaceKnowledgeBase(db, fourth, 'import', { keepPrevious: true });
    // Only the one before the last import is kept.
    expect(new Set((await db.shards.toArray()).map((s) => s.generation))).toEqual(new Set([3, 4]));
    expect(await rollBack(db)).toMatchObject({ bundleName: 'three' });
    expect((await allArticles(db)).map((a) => a.headline)).toEqual(['Third']);
    expect(new Set((await db.shards.toArray()).map((s) => s.generation))).toEqual(new Set([3]));
  });

  it('never answers from a shard of another knowledge base, even when a rollback frees its generation number', async () => {
    const db = openDb();
    const one = handBundle('one', [{ slug: 'imran-khan', name: 'Imran Khan' }]);
    await replaceKnowledgeBase(db, one, 'seed');
    const two = handBundle('two', [{ slug: 'imran-khan', name: 'Imran Khan Niazi' }]);
    await replaceKnowledgeBase(db, { ...two, contentHash: `sha256:${'2'.repeat(64)}` }, 'import', {
      keepPrevious: true,
    });
    expect((await getEntity(db, 'person/imran-khan'))?.name).toBe('Imran Khan Niazi');
    await rollBack(db);
    expect((await getEntity(db, 'person/imran-khan'))?.name).toBe('Imran Khan');
    const three = handBundle('three', [{ slug: 'imran-khan', name: 'Imran Ahmed Khan' }]);
    const meta = await replaceKnowledgeBase(db, { ...three, contentHash: `sha256:${'3'.repeat(64)}` }, 'import', {
      keepPrevious: true,
    });
    expect(meta.generation).toBe(2);
    expect((await getEntity(db, 'person/imran-khan'))?.name).toBe('Imran Ahmed Khan');
  });

  it('moves a knowledge base stored row by row (version 3) into shards', async () => {
    const name = `t-${Math.random()}`;
    const bundle = await bundleOf('old', article('Old layout', 'Mahmood Khan Achakzai met Imran Khan in Islamabad.'));
    const old = new Dexie(name);
    old.version(3).stores({
      entities: 'id, type, name',
      aliases: '++id, normalized, entityId',
      articles: 'id',
      evidence: '++id, entityId, articleId',
      meta: 'key',
      matcherCache: 'contentHash',
      searchCache: 'contentHash',
      snapshots: 'key',
    });
    await old.table('entities').bulkAdd(bundle.entities.map(({ evidence: _, ...e }) => e));
    await old.table('articles').bulkAdd(bundle.articles);
    await old
      .table('evidence')
      .bulkAdd(bundle.entities.flatMap((e) => e.evidence.map((x, position) => ({ ...x, entityId: e.id, position }))));
    const meta = {
      bundleName: 'old',
      bundleVersion: 1,
      contentHash: bundle.contentHash,
      createdAt: bundle.createdAt,
      importedAt: '2026-03-02T00:00:00.000Z',
      origin: 'import',
    };
    await old.table('meta').put({ key: 'current', value: meta });
    old.close();

    const db = openDb(name);
    expect(await countKnowledgeBase(db)).toMatchObject({
      entities: bundle.entities.length,
      evidence: 3,
      meta: { ...meta, generation: 1 },
    });
    expect(await allEntities(db)).toEqual([...bundle.entities].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['matcherCache', 'meta', 'searchCache', 'shards']);
  });

  it('loads the seed only into an empty database, so an upgrade keeps what the reader imported', async () => {
    const db = openDb();
    const seed = await bundleOf('seed', article('Seed', 'Imran Khan spoke.'));
    expect(await loadIfEmpty(db, async () => seed)).toBe(true);
    const imported = await bundleOf('imported', article('Imported', 'Shehbaz Sharif spoke.'));
    await replaceKnowledgeBase(db, imported, 'import');
    let asked = false;
    expect(await loadIfEmpty(db, async () => ((asked = true), seed))).toBe(false);
    expect(asked).toBe(false);
    expect((await countKnowledgeBase(db)).meta?.bundleName).toBe('imported');
  });

  it('loads the seed once when two starts race', async () => {
    const db = openDb();
    const seed = await bundleOf('seed', article('Seed', 'Imran Khan spoke.'));
    const results = await Promise.all([loadIfEmpty(db, async () => seed), loadIfEmpty(db, async () => seed)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await countKnowledgeBase(db)).articles).toBe(1);
  });
});
