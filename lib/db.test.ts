import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from './bundle/builder';
import { RegistrySchema } from './bundle/registry';
import { BundleSchema, EntityIdSchema, type Bundle } from './bundle/schema';
import { BackstoryDb, countKnowledgeBase, isEmpty, loadIfEmpty, replaceKnowledgeBase } from './db';

const SEEDS = join(import.meta.dirname, '../seeds');
const registry = v.parse(RegistrySchema, JSON.parse(readFileSync(join(SEEDS, 'registry.json'), 'utf8')));
const article = (headline: string, body: string) => ({ name: `${headline}.txt`, text: `${headline}\n\n${body}` });

async function bundleOf(name: string, ...files: { name: string; text: string }[]): Promise<Bundle> {
  return (await buildBundle(files, registry, { name, createdAt: '2026-03-01T00:00:00.000Z' })).bundle;
}

/** A small bundle written by hand and checked against the schema, independent of the builder. */
function handBundle(name: string, people: { slug: string; name: string; shortForm?: string }[], articleId = 'a-0000abcd'): Bundle {
  const sentence = people.map((p) => p.name).join(' met ') + '.';
  return v.parse(BundleSchema, {
    format: 'backstory.bundle',
    version: 1,
    name,
    createdAt: '2026-03-01T00:00:00.000Z',
    contentHash: `sha256:${'0'.repeat(64)}`,
    articles: [{ id: articleId, headline: `${name} headline`, source: null, publishedAt: '2026-02-28', sentenceCount: 1 }],
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

let db: BackstoryDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('the knowledge-base database', () => {
  it('writes every table of a hand-written bundle and looks aliases up by their folded form', async () => {
    db = new BackstoryDb(`t-${Math.random()}`);
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
      },
    });
    const imranKhan = v.parse(EntityIdSchema, 'person/imran-khan');
    const entity = await db.entities.get(imranKhan);
    expect(entity).toMatchObject({ name: 'Imran Khan', type: 'person' });
    expect(entity).not.toHaveProperty('evidence');
    expect((await db.aliases.where('normalized').equals('jose pena').first())?.entityId).toBe('person/jose-pena');
    expect((await db.aliases.where('entityId').equals('person/imran-khan').toArray()).map((a) => [a.alias, a.shortForm])).toEqual([
      ['Imran Khan', false],
      ['Khan', true],
    ]);
    expect(await db.evidence.where('articleId').equals('a-0000abcd').count()).toBe(2);
  });

  it('keeps the previous knowledge base whole when a replace fails part-way', async () => {
    db = new BackstoryDb(`t-${Math.random()}`);
    await replaceKnowledgeBase(db, handBundle('first', [{ slug: 'imran-khan', name: 'Imran Khan' }]), 'seed');
    // The schema allows it, the primary key does not: the second entity row fails after the tables were cleared.
    const broken = handBundle('broken', [
      { slug: 'shehbaz-sharif', name: 'Shehbaz Sharif' },
      { slug: 'shehbaz-sharif', name: 'Shehbaz Sharif' },
    ], 'a-1111abcd');
    await expect(replaceKnowledgeBase(db, broken, 'import')).rejects.toThrow();
    const counts = await countKnowledgeBase(db);
    expect(counts).toMatchObject({ entities: 1, articles: 1, evidence: 1, aliases: 1, meta: { bundleName: 'first' } });
    expect(await db.entities.get(v.parse(EntityIdSchema, 'person/imran-khan'))).toBeDefined();
  });

  it('holds every row of a bundle after a replace', async () => {
    db = new BackstoryDb(`t-${Math.random()}`);
    const bundle = await bundleOf('one', article('Achakzai and Imran Khan', 'Mahmood Khan Achakzai met Imran Khan in Islamabad.'));
    await replaceKnowledgeBase(db, bundle, 'import');
    const counts = await countKnowledgeBase(db);
    expect(counts.entities).toBe(bundle.entities.length);
    expect(counts.articles).toBe(1);
    expect(counts.evidence).toBe(bundle.entities.reduce((n, e) => n + e.evidence.length, 0));
    expect(counts.evidence).toBe(4); // Imran Khan in the headline; Achakzai, Imran Khan and Islamabad in the body
    expect(counts.aliases).toBe(bundle.entities.reduce((n, e) => n + e.aliases.length + e.shortForms.length, 0));
    expect(counts.meta).toMatchObject({ bundleName: 'one', origin: 'import', contentHash: bundle.contentHash });
    const found = await db.aliases.where('normalized').equals('achakzai').toArray();
    expect(found.map((a) => [a.entityId, a.shortForm])).toEqual([['person/mahmood-khan-achakzai', true]]);
  });

  it('leaves no row of the previous knowledge base after a second replace', async () => {
    db = new BackstoryDb(`t-${Math.random()}`);
    await replaceKnowledgeBase(db, await bundleOf('one', article('First', 'Imran Khan spoke in Peshawar.')), 'seed');
    const second = await bundleOf('two', article('Second', 'Shehbaz Sharif spoke in Quetta.'));
    await replaceKnowledgeBase(db, second, 'import');
    const articles = await db.articles.toArray();
    expect(articles.map((a) => a.headline)).toEqual(['Second']);
    const evidence = await db.evidence.toArray();
    expect(new Set(evidence.map((e) => e.entityId))).toEqual(new Set(['person/shehbaz-sharif', 'place/quetta']));
  });

  it('loads the seed only into an empty database, so an upgrade keeps what the reader imported', async () => {
    db = new BackstoryDb(`t-${Math.random()}`);
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
    db = new BackstoryDb(`t-${Math.random()}`);
    const seed = await bundleOf('seed', article('Seed', 'Imran Khan spoke.'));
    const results = await Promise.all([loadIfEmpty(db, async () => seed), loadIfEmpty(db, async () => seed)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await countKnowledgeBase(db)).articles).toBe(1);
  });
});
