/**
 * Property: a corrupted bundle is refused with problems a reader can read, and
 * the importer writes nothing. The corruptions start from the real seed bundle.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validateBundle, MAX_REPORTED_PROBLEMS } from '../../bundle/validate';
import { BackstoryDb, replaceKnowledgeBase } from '../db';
import { dumpDb } from '../../../tests/fixtures/db-dump';
import { seedBundle } from '../../../tests/fixtures/bundles';
import { checkBundleFile, importBundleFile, type BundleFile } from './importer';

const RUNS = 1_000;
const seed = await seedBundle();
const seedText = JSON.stringify(seed);
const seedValue: unknown = JSON.parse(seedText);
/** Text edits land from the content hash on: the bundle's name and date may change without the bundle being corrupt. */
const contentStart = seedText.indexOf('"contentHash"');

const fileOf = (text: string): BundleFile => ({
  name: 'corrupted.json',
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every object and array inside the content (articles, entities) of a bundle, and the bundle itself. */
function containers(root: Container): Container[] {
  const out: Container[] = [root];
  const visit = (value: Json) => {
    if (value !== null && typeof value === 'object') {
      out.push(value);
      for (const child of Object.values(value)) visit(child);
    }
  };
  const bundle = root as { articles: Json; entities: Json };
  visit(bundle.articles);
  visit(bundle.entities);
  return out;
}

const textEdit = fc.oneof(
  fc.nat().map((n) => ({ kind: 'truncate', apply: (t: string) => t.slice(0, n % t.length) })),
  fc.tuple(fc.nat(), fc.nat({ max: 200 })).map(([at, n]) => ({
    kind: 'delete',
    apply: (t: string) => {
      const i = contentStart + (at % (t.length - contentStart));
      return t.slice(0, i) + t.slice(i + 1 + n);
    },
  })),
  fc
    .tuple(
      fc.nat(),
      fc.string({
        minLength: 1,
        maxLength: 8,
        unit: fc.constantFrom(...Array.from('{}[]":,.-0123456789eEtrufalsn \\/<>\u0000\u00e9\u0639')),
      }),
    )
    .map(([at, s]) => ({
      kind: 'insert',
      apply: (t: string) => {
        const i = contentStart + (at % (t.length - contentStart));
        return t.slice(0, i) + s + t.slice(i);
      },
    })),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })).map(([at, c]) => ({
    kind: 'replace',
    apply: (t: string) => {
      const i = contentStart + (at % (t.length - contentStart));
      return t.slice(0, i) + c + t.slice(i + 1);
    },
  })),
);

const valueEdit = fc.oneof(
  fc.tuple(fc.nat(), fc.nat()).map(([which, key]) => ({
    kind: 'delete a key or element',
    apply: (root: Container) => {
      const all = containers(root);
      const target = all[which % all.length]!;
      if (Array.isArray(target)) target.splice(key % Math.max(1, target.length), 1);
      else {
        const keys = Object.keys(target);
        if (keys.length > 0) Reflect.deleteProperty(target, keys[key % keys.length]!);
      }
    },
  })),
  fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 2 })).map(([which, key, value]) => ({
    kind: 'replace a value',
    apply: (root: Container) => {
      const all = containers(root);
      const target = all[which % all.length]!;
      const keys = Object.keys(target);
      if (keys.length > 0) (target as Record<string, Json>)[keys[key % keys.length]!] = value as Json;
    },
  })),
  fc.tuple(fc.nat(), fc.nat()).map(([which, at]) => ({
    kind: 'duplicate an element',
    apply: (root: Container) => {
      const arrays = containers(root).filter((c): c is Json[] => Array.isArray(c) && c.length > 0);
      const target = arrays[which % arrays.length]!;
      target.push(structuredClone(target[at % target.length]!));
    },
  })),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<!-- -->'),
    )
    .map(([which, markup]) => ({
      kind: 'inject markup',
      apply: (root: Container) => {
        const strings: [Record<string, Json>, string][] = [];
        for (const c of containers(root))
          if (!Array.isArray(c))
            for (const [k, v] of Object.entries(c))
              if (typeof v === 'string' && k !== 'id' && k !== 'articleId' && k !== 'entityId') strings.push([c, k]);
        const [owner, key] = strings[which % strings.length]!;
        owner[key] = `${owner[key] as string} ${markup}`;
      },
    })),
  fc.constantFrom('format', 'version', 'contentHash', 'articles', 'entities').chain((key) =>
    fc.jsonValue({ maxDepth: 1 }).map((value) => ({
      kind: `set ${key}`,
      apply: (root: Container) => void ((root as Record<string, Json>)[key] = value as Json),
    })),
  ),
);

/** A failing case prints its kind and where the text first differs from the seed, not 300 kB of JSON. */
function described(kind: string, text: string) {
  let at = 0;
  while (at < text.length && text[at] === seedText[at]) at++;
  return {
    kind,
    text,
    [fc.toStringMethod]: () =>
      `${kind}: ${text.length} chars, first difference at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 80))}`,
  };
}

const corruptedText = fc.oneof(
  textEdit.map((edit) => described(edit.kind, edit.apply(seedText))),
  valueEdit.map((edit) => {
    const root = structuredClone(seedValue) as Container;
    edit.apply(root);
    return described(edit.kind, JSON.stringify(root));
  }),
  fc.string({ maxLength: 300 }).map((text) => described('random text', text)),
);

/** True when the edit left the same bundle (whitespace between tokens, a value replaced by itself). */
function unchanged(text: string): boolean {
  try {
    return JSON.stringify(JSON.parse(text)) === seedText;
  } catch {
    return false;
  }
}

const db = new BackstoryDb(`corrupted-${Math.random()}`);
await replaceKnowledgeBase(db, seed, 'seed');
const before = await dumpDb(db);
afterAll(() => db.delete());

describe(`${RUNS.toLocaleString('en-US')} corrupted seed bundles`, () => {
  it('are each refused with readable problems, and the importer writes nothing', async () => {
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        corruptedText,
        fc.constantFrom('merge' as const, 'replace' as const),
        async ({ kind, text }, mode) => {
          fc.pre(!unchanged(text));
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          let parsed: unknown = undefined;
          try {
            parsed = JSON.parse(text);
          } catch {
            // Not JSON: only the file check sees it.
          }
          if (parsed !== undefined) validateBundle(parsed); // must not throw, whatever it finds

          const checked = await checkBundleFile(fileOf(text));
          expect(checked.ok).toBe(false);
          if (checked.ok) return;
          expect(checked.problems.length).toBeGreaterThan(0);
          expect(checked.problems.length).toBeLessThanOrEqual(MAX_REPORTED_PROBLEMS);
          for (const problem of checked.problems) {
            expect(problem.path).toMatch(/\S/u);
            expect(problem.message).toMatch(/^[A-Z“"]/u);
          }

          const imported = await importBundleFile(db, fileOf(text), mode);
          expect(imported.ok).toBe(false);
          expect(await dumpDb(db)).toBe(before);
        },
      ),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20261123) },
    );
    // Every family of corruption was tried.
    for (const kind of [
      'truncate',
      'delete',
      'insert',
      'replace',
      'delete a key or element',
      'replace a value',
      'duplicate an element',
      'inject markup',
      'random text',
    ]) {
      expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(10);
    }
  }, 180_000);
});
