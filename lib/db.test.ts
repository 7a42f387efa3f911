import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from './bundle/builder';
import { RegistrySchema } from './bundle/registry';
import type { Bundle } from './bundle/schema';
import { BackstoryDb, countKnowledgeBase, loadIfEmpty, replaceKnowledgeBase } from './db';

const SEEDS = join(import.meta.dirname, '../seeds');
const registry = v.parse(RegistrySchema, JSON.parse(readFileSync(join(SEEDS, 'registry.json'), 'utf8')));
const article = (headline: string, body: string) => ({ name: `${headline}.txt`, text: `${headline}\n\n${body}` });

async function bundleOf(name: string, ...files: { name: string; text: string }[]): Promise<Bundle> {
  return (await buildBundle(files, registry, { name, createdAt: '2026-03-01T00:00:00.000Z' })).bundle;
}

let db: BackstoryDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('the knowledge-base database', () => {
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
