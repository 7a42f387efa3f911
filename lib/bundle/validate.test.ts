import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_PROBLEMS, validateBundle, validateBundleText } from './validate';

/** A small valid bundle; each test breaks one thing in a fresh copy. */
function goodBundle() {
  return {
    format: 'backstory.bundle',
    version: 1,
    name: 'Test bundle',
    createdAt: '2026-02-27T10:00:00.000Z',
    contentHash: `sha256:${'0'.repeat(64)}`,
    articles: [
      { id: 'a-0123456789abcdef', headline: 'A headline', source: null, publishedAt: '2026-02-26', sentenceCount: 3 },
    ],
    entities: [
      {
        id: 'person/imran-khan',
        name: 'Imran Khan',
        type: 'person',
        role: 'Founder of PTI',
        nativeName: 'عمران خان',
        aliases: ['Imran Khan'],
        shortForms: ['Khan'],
        contextual: false,
        region: 'PK',
        mentionCount: 1,
        firstSeen: '2026-02-26',
        lastSeen: '2026-02-26',
        evidence: [{ articleId: 'a-0123456789abcdef', sentence: 'Imran Khan spoke.', start: 0, end: 10 }],
        related: [{ entityId: 'place/pakistan', weight: 1 }],
      },
      {
        id: 'place/pakistan',
        name: 'Pakistan',
        type: 'place',
        role: 'Country in South Asia',
        nativeName: null,
        aliases: ['Pakistan'],
        shortForms: [],
        contextual: false,
        region: 'PK',
        mentionCount: 0,
        firstSeen: null,
        lastSeen: null,
        evidence: [],
        related: [],
      },
    ],
  };
}
type Mutable = ReturnType<typeof goodBundle> & Record<string, unknown>;

function problemsOf(mutate: (b: Mutable) => void) {
  const bundle = goodBundle() as Mutable;
  mutate(bundle);
  const result = validateBundle(bundle);
  if (result.ok) throw new Error('expected the bundle to be rejected');
  return result.problems;
}

describe('validateBundle', () => {
  it('accepts a good bundle', () => {
    expect(validateBundle(goodBundle()).ok).toBe(true);
  });

  it.each<[string, (b: Mutable) => void, string, RegExp]>([
    ['a different format', (b) => void (b.format = 'other.app'), 'format', /not a Backstory bundle/],
    [
      'a missing format',
      (b) => {
        delete (b as Partial<Mutable>).format;
      },
      'format',
      /not a Backstory bundle/,
    ],
    ['a newer version', (b) => void (b.version = 2), 'version', /newer than this Backstory understands/],
    [
      'a non-numeric version',
      (b) => void ((b as Record<string, unknown>).version = '1'),
      'version',
      /not a whole number/,
    ],
    [
      'a missing name',
      (b) => {
        delete (b as Partial<Mutable>).name;
      },
      'name',
      /./,
    ],
    ['a bad timestamp', (b) => void (b.createdAt = 'yesterday'), 'createdAt', /ISO timestamp/],
    ['a bad content hash', (b) => void (b.contentHash = 'md5:abc'), 'contentHash', /sha256/],
    ['articles that are not an array', (b) => void ((b as Record<string, unknown>).articles = {}), 'articles', /./],
    ['a bad article id', (b) => void (b.articles[0]!.id = 'article-1'), 'articles[0].id', /article id/],
    ['a bad date', (b) => void (b.articles[0]!.publishedAt = '26/02/2026'), 'articles[0].publishedAt', /YYYY-MM-DD/],
    ['an empty headline', (b) => void (b.articles[0]!.headline = '   '), 'articles[0].headline', /must not be empty/],
    [
      'an unknown entity type',
      (b) => void ((b.entities[0] as Record<string, unknown>).type = 'animal'),
      'entities[0].type',
      /person.*group.*place/,
    ],
    [
      'an id that does not match the type',
      (b) => void (b.entities[1]!.id = 'person/pakistan'),
      'entities[1]',
      /id prefix/,
    ],
    ['a malformed entity id', (b) => void (b.entities[0]!.id = 'Imran Khan'), 'entities[0].id', /entity id/],
    ['no aliases', (b) => void (b.entities[0]!.aliases = []), 'entities[0].aliases', /at least one alias/],
    ['a negative mention count', (b) => void (b.entities[0]!.mentionCount = -1), 'entities[0].mentionCount', /./],
    ['a fractional mention count', (b) => void (b.entities[0]!.mentionCount = 1.5), 'entities[0].mentionCount', /./],
    [
      'evidence offsets outside the sentence',
      (b) => void (b.entities[0]!.evidence[0]!.end = 99),
      'entities[0].evidence[0]',
      /outside the sentence/,
    ],
    [
      'an unexpected key',
      (b) => void ((b.entities[0] as Record<string, unknown>).html = '<b>x</b>'),
      'entities[0].html',
      /./,
    ],
    [
      'a contextual entity without a region',
      (b) => void Object.assign(b.entities[1]!, { contextual: true, region: null }),
      'entities[1]',
      /needs a region/,
    ],
    [
      'a string where a number belongs',
      (b) => void ((b.entities[0]!.related[0] as Record<string, unknown>).weight = 'high'),
      'entities[0].related[0].weight',
      /./,
    ],
    [
      'duplicate entity ids',
      (b) => void (b.entities[1] = { ...b.entities[0]! }),
      'entities[1].id',
      /Duplicate entity id/,
    ],
    [
      'duplicate article ids',
      (b) => void b.articles.push({ ...b.articles[0]! }),
      'articles[1].id',
      /Duplicate article id/,
    ],
    [
      'evidence pointing to a missing article',
      (b) => void (b.entities[0]!.evidence[0]!.articleId = 'a-ffffffffffffffff'),
      'entities[0].evidence[0].articleId',
      /does not contain/,
    ],
    [
      'a role holding an HTML tag',
      (b) => void (b.entities[0]!.role = 'Leader <img src=x onerror="alert(1)">'),
      'entities[0].role',
      /HTML or script.*plain text only/,
    ],
    [
      'a sentence holding a script',
      (b) => void (b.entities[0]!.evidence[0]!.sentence = 'Imran Khan <script>steal()</script>'),
      'entities[0].evidence[0].sentence',
      /HTML or script/,
    ],
    [
      'a headline holding a javascript: URL',
      (b) => void (b.articles[0]!.headline = 'javascript:alert(1)'),
      'articles[0].headline',
      /HTML or script/,
    ],
    [
      'a related entity that is missing',
      (b) => void (b.entities[0]!.related[0]!.entityId = 'place/mars'),
      'entities[0].related[0].entityId',
      /not in the bundle/,
    ],
  ])('rejects %s with its JSON path', (_, mutate, path, message) => {
    const problems = problemsOf(mutate);
    expect(problems[0]!.path).toBe(path);
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports at most 20 problems', () => {
    const problems = problemsOf((b) => {
      for (let i = 0; i < 40; i++) b.entities.push({ ...b.entities[1]!, id: `place/p${i}`, aliases: [] });
    });
    expect(problems).toHaveLength(MAX_REPORTED_PROBLEMS);
  });

  it('keeps text that only looks a little like markup', () => {
    const bundle = goodBundle();
    bundle.entities[0]!.role = 'Won by 5 < 7 votes; turnout > 40% (a <-> b)';
    expect(validateBundle(bundle).ok).toBe(true);
  });

  it('rejects input that is not an object', () => {
    for (const input of [null, 42, 'bundle', [goodBundle()]]) {
      const result = validateBundle(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('validateBundleText', () => {
  it('explains an empty file, text that is not JSON, and a truncated file', () => {
    const message = (text: string) => {
      const result = validateBundleText(text);
      return result.ok ? '' : result.problems[0]!.message;
    };
    expect(message('')).toMatch(/empty/);
    expect(message('<html>not json</html>')).toMatch(/not JSON/);
    expect(message(JSON.stringify(goodBundle()).slice(0, 200))).toMatch(/cut off/);
    expect(validateBundleText(JSON.stringify(goodBundle())).ok).toBe(true);
  });
});
