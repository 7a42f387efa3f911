import { describe, expect, it } from 'vitest';
import { seedFiles, seedRegistry as registry } from '../../tests/fixtures/seeds';
import { buildBundle } from './builder';
import { validateBundle } from './validate';
const options = { name: 'Seed', createdAt: '2026-03-01T00:00:00.000Z' };

describe('buildBundle on the seed articles', async () => {
  const result = await buildBundle(seedFiles, registry, options);
  const { bundle } = result;
  const entity = (id: string) => {
    const found = bundle.entities.find((e) => e.id === id);
    if (!found) throw new Error(`no entity ${id}`);
    return found;
  };

  it('makes a valid bundle with every registry entity', () => {
    expect(validateBundle(JSON.parse(JSON.stringify(bundle))).ok).toBe(true);
    expect(bundle.entities).toHaveLength(registry.entities.length);
    expect(registry.entities.length).toBeGreaterThan(80);
    expect(bundle.articles).toHaveLength(6);
  });

  it('finds at least one evidence sentence for every registry entity', () => {
    const without = bundle.entities.filter((e) => e.evidence.length === 0).map((e) => e.id);
    expect(without).toEqual([]);
    expect(result.unmentioned).toEqual([]);
  });

  it('leaves no name of the articles out of the registry', () => {
    expect(result.unknownNames.map((n) => `${n.kind}: ${n.text}`)).toEqual([]);
    expect(result.unmatchableAliases).toEqual([]);
  });

  it('quotes evidence with the mention located inside the sentence', () => {
    for (const e of bundle.entities) {
      for (const ev of e.evidence) {
        expect(ev.end).toBeLessThanOrEqual(ev.sentence.length);
        expect(ev.sentence.slice(ev.start, ev.end).length).toBeGreaterThan(0);
      }
    }
    const asif = entity('person/khawaja-asif');
    expect(asif.evidence.some((ev) => ev.sentence.slice(ev.start, ev.end) === 'Khawaja Asif')).toBe(true);
  });

  it('finds Urdu-script aliases in the Urdu lines', () => {
    const urduQuotes = (id: string) =>
      entity(id).evidence.filter((ev) => /\p{Script=Arabic}/u.test(ev.sentence.slice(ev.start, ev.end)));
    expect(urduQuotes('person/khawaja-asif').map((ev) => ev.sentence.slice(ev.start, ev.end))).toContain(
      'خواجہ محمد آصف',
    );
    expect(urduQuotes('person/mahmood-khan-achakzai').map((ev) => ev.sentence.slice(ev.start, ev.end))).toContain(
      'محمود خان اچکزئی',
    );
    expect(urduQuotes('person/imran-khan').map((ev) => ev.sentence.slice(ev.start, ev.end))).toContain('عمران خان');
  });

  it('counts the article shared by two files once', () => {
    const rally = bundle.articles.find((a) => a.headline.startsWith('Pakistan opposition rallies'))!;
    const afridi = entity('person/sohail-afridi');
    expect(afridi.evidence.every((ev) => ev.articleId === rally.id)).toBe(true);
    expect(afridi.evidence).toHaveLength(1);
  });

  it('ranks related entities by co-mention and dates what it saw', () => {
    const imran = entity('person/imran-khan');
    expect(imran.related.map((r) => r.entityId)).toContain('group/pakistan-tehreek-e-insaf');
    expect(imran.related.length).toBeGreaterThan(3);
    const weights = imran.related.map((r) => r.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
    expect(imran.firstSeen! <= imran.lastSeen!).toBe(true);
    expect(imran.mentionCount).toBeGreaterThan(10);
  });

  it('relates a court named once in a "Read:" line to the people its line names, not to everyone in the article', () => {
    expect(
      entity('group/islamabad-high-court')
        .related.map((r) => r.entityId)
        .sort(),
    ).toEqual(['person/bushra-bibi', 'person/imran-khan']);
    for (const e of bundle.entities) expect(e.related.length).toBeLessThanOrEqual(8);
  });

  it('resolves short forms on the seeds: "Khan" in the list of prisoners is Imran Khan, "Baloch youth" links to no one', () => {
    const imran = entity('person/imran-khan');
    expect(
      imran.evidence.some(
        (ev) => ev.sentence.includes('including Khan, Bushra Bibi') && ev.sentence.slice(ev.start, ev.end) === 'Khan',
      ),
    ).toBe(true);
    const atif = entity('person/atif-khan');
    expect(atif.evidence.some((ev) => ev.sentence.includes('including Khan, Bushra Bibi'))).toBe(false);
    const balochQuotes = bundle.entities.filter((e) =>
      e.evidence.some(
        (ev) => ev.sentence.includes('mislead Baloch youth') && ev.sentence.slice(ev.start, ev.end) === 'Baloch',
      ),
    );
    expect(balochQuotes).toEqual([]);
  });

  it('proposes nothing on the seeds: every name there is in the registry or in its notEntities', async () => {
    const proposing = await buildBundle(seedFiles, registry, { ...options, propose: true });
    expect(proposing.proposals).toEqual({ format: 'backstory.proposals', version: 1, newEntities: [], newAliases: [] });
    expect(proposing.bundle.contentHash).toBe(bundle.contentHash);
  });

  it('hashes content, not the creation time', async () => {
    const again = await buildBundle(seedFiles, registry, { ...options, createdAt: '2027-01-01T00:00:00.000Z' });
    expect(again.bundle.contentHash).toBe(bundle.contentHash);
    expect(again.bundle.contentHash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('buildBundle streaming', () => {
  it('reads files as they arrive, reports progress after each article, and builds the same bundle', async () => {
    const arrived: string[] = [];
    async function* slowly() {
      for (const file of seedFiles) {
        arrived.push(file.name);
        yield file;
      }
    }
    const progress: number[] = [];
    const streamed = await buildBundle(slowly(), registry, { ...options, onProgress: (n) => progress.push(n) });
    const whole = await buildBundle(seedFiles, registry, options);
    expect(arrived).toEqual(seedFiles.map((f) => f.name));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(streamed.bundle.contentHash).toBe(whole.bundle.contentHash);
  });
});

describe('buildBundle on a folder of new articles', () => {
  it('builds an updated bundle from articles it has never seen', async () => {
    const text = [
      'Achakzai meets PTI leaders in Quetta',
      '',
      'Updated 03 March 2026',
      '',
      'QUETTA: Mahmood Khan Achakzai met leaders of the Pakistan Tehreek-e-Insaf in Quetta on Monday. Achakzai said the talks would go on.',
    ].join('\n');
    const { bundle } = await buildBundle([{ name: 'new.txt', text }], registry, options);
    expect(bundle.articles.map((a) => [a.headline, a.publishedAt])).toEqual([
      ['Achakzai meets PTI leaders in Quetta', '2026-03-03'],
    ]);
    const achakzai = bundle.entities.find((e) => e.id === 'person/mahmood-khan-achakzai')!;
    expect(achakzai.mentionCount).toBe(2); // the headline's "Achakzai" comes before the full name
    expect(achakzai.lastSeen).toBe('2026-03-03');
  });
});
