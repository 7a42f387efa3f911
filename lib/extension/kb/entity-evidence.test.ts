import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeSearchBundle } from '../../../tests/fixtures/search-synthetic';
import type { Article } from '../../bundle/schema';
import { replaceKnowledgeBase } from '../db';
import { evidenceByArticle, firstEvidence, groupByArticle } from './entity-evidence';
import { testDatabases } from '../../../tests/fixtures/test-db';

const article = (id: string, headline: string, publishedAt: string | null): Article =>
  ({ id, headline, source: 'Dawn', publishedAt, sentenceCount: 9 }) as Article;
const row = (articleId: string, position: number, sentence = `Sentence ${position}.`) =>
  ({ articleId, position, sentence, start: 0, end: 8 }) as never;

describe('groupByArticle', () => {
  it('puts the newest article first, undated last, sentences in their order', () => {
    const articles = new Map([
      ['a-1', article('a-1', 'Old', '2025-01-02')],
      ['a-2', article('a-2', 'New', '2026-03-04')],
      ['a-3', article('a-3', 'Undated', null)],
    ]);
    const groups = groupByArticle([row('a-3', 4), row('a-1', 2), row('a-2', 3), row('a-1', 0)], articles);
    expect(groups.map((g) => [g.headline, g.sentences.map((s) => s.sentence)])).toEqual([
      ['New', ['Sentence 3.']],
      ['Old', ['Sentence 0.', 'Sentence 2.']],
      ['Undated', ['Sentence 4.']],
    ]);
    expect(groups[0]).toMatchObject({ source: 'Dawn', date: '2026-03-04' });
  });

  it('keeps sentences of an article missing from the database', () => {
    expect(groupByArticle([row('a-9', 0)], new Map())[0]).toMatchObject({
      headline: 'Untitled article',
      source: null,
      date: null,
    });
  });
});

const openDb = testDatabases();

describe('reading an entity’s evidence', () => {
  it('returns every sentence of the entity, grouped by article', async () => {
    const db = openDb();
    const bundle = makeSearchBundle(200, 5);
    await replaceKnowledgeBase(db, bundle, 'seed');
    const entity = bundle.entities.find((e) => e.evidence.length >= 4)!;
    const groups = await evidenceByArticle(db, entity.id);
    expect(groups.flatMap((g) => g.sentences.map((s) => s.sentence)).sort()).toEqual(
      entity.evidence.map((e) => e.sentence).sort(),
    );
    expect(new Set(groups.map((g) => g.articleId)).size).toBe(groups.length);
    const last = entity.evidence[entity.evidence.length - 1]!.sentence;
    expect(await firstEvidence(db, entity.id, (s) => s === last)).toBe(last);
    expect(await firstEvidence(db, entity.id, () => false)).toBeNull();
  });
});
