import { describe, expect, it } from 'vitest';
import { makeKnowledgeBase, makePage } from '../../tests/fixtures/synthetic';
import { compileMatcher, findMentions, scanText, toRuntime, type MatcherSource } from './index';
import type { SerializedMatcher } from './serialize';
import { TEST_KB } from '../../tests/fixtures/test-kb';

const compiled = compileMatcher(TEST_KB);
const matcher = toRuntime(compiled.matcher);

/** Mentions of one page given as blocks, as `[text, entity id]` pairs. */
function mentions(...blocks: string[]): [string, string][] {
  return findMentions(matcher, blocks).map((m) => [
    blocks[m.block]!.slice(m.start, m.end),
    compiled.matcher.entities[m.entity]!.id,
  ]);
}

describe('normalisation', () => {
  it('treats curly and straight apostrophes alike and reads possessives as the name', () => {
    expect(
      mentions("Imran Khan’s health and Imran Khan's lawyers in Islamabad; PTI’s founder and PTI's rally."),
    ).toEqual([
      ['Imran Khan', 'person/imran-khan'],
      ['Imran Khan', 'person/imran-khan'],
      ['Islamabad', 'place/islamabad'],
      ['PTI', 'group/pti'],
      ['PTI', 'group/pti'],
    ]);
  });

  it('matches hyphen, space and no-space variants of a name', () => {
    const found = mentions(
      'particularly in Khyber-Pakhtunkhwa and Balochistan; Khyber Pakhtunkhwa; KhyberPakhtunkhwa; Khyber\u2011Pakhtunkhwa; Khyber  –  Pakhtunkhwa.',
    );
    expect(found.filter(([, id]) => id === 'place/khyber-pakhtunkhwa').map(([t]) => t)).toEqual([
      'Khyber-Pakhtunkhwa',
      'Khyber Pakhtunkhwa',
      'KhyberPakhtunkhwa',
      'Khyber\u2011Pakhtunkhwa',
      'Khyber  –  Pakhtunkhwa',
    ]);
  });

  it('matches "Tehreek e Insaf" written with spaces against the hyphenated alias', () => {
    expect(mentions('The Pakistan Tehreek e Insaf (PTI) central leadership')).toEqual([
      ['Pakistan Tehreek e Insaf', 'group/pti'],
      ['PTI', 'group/pti'],
    ]);
  });

  it('ignores Latin diacritics in both directions', () => {
    expect(mentions('José Martí, Jose Marti and JOSÉ MARTÍ')).toEqual([
      ['José Martí', 'person/jose-marti'],
      ['Jose Marti', 'person/jose-marti'],
      ['JOSÉ MARTÍ', 'person/jose-marti'],
    ]);
  });

  it('matches names in ALL-CAPS datelines', () => {
    expect(mentions('ISLAMABAD: Pakistan’s opposition led by the PTI')).toEqual([
      ['ISLAMABAD', 'place/islamabad'],
      ['Pakistan', 'place/pakistan'],
      ['PTI', 'group/pti'],
    ]);
  });

  it('finds Urdu-script names with Urdu word boundaries, through Arabic letter variants and diacritics', () => {
    const urdu = 'قومی اسمبلی کے اجلاس میں وفاقی وزیر برائے دفاع خواجہ محمد آصف کا ملک خصوصاً بلوچستان میں';
    expect(mentions('Pakistan and Balochistan news', urdu)).toEqual([
      ['Pakistan', 'place/pakistan'],
      ['Balochistan', 'place/balochistan'],
      ['قومی اسمبلی', 'group/national-assembly'],
      ['خواجہ محمد آصف', 'person/khawaja-asif'],
      ['بلوچستان', 'place/balochistan'],
    ]);
    // Arabic YEH (U+064A) and KAF (U+0643) where Urdu has its own letters; a zabar (U+064E) inside a word.
    expect(mentions('Pakistan, Balochistan', 'محمود خان اچكزئي', 'قائد عمرَان خان کو').map(([, id]) => id)).toEqual([
      'place/pakistan',
      'place/balochistan',
      'person/mahmood-khan-achakzai',
      'person/imran-khan',
    ]);
    // "بلوچستانی" (Balochi, the adjective) is not the place.
    expect(mentions('Pakistan, Balochistan', 'بلوچستانی عوام')).toHaveLength(2);
  });

  it('reports offsets into the original text, whatever was folded', () => {
    const text = 'Ｘ “Shèhbaz Sharif’s” — KP.';
    const [m] = findMentions(matcher, [text]);
    expect(text.slice(m!.start, m!.end)).toBe('Shèhbaz Sharif');
  });
});

describe('whole words and overlaps', () => {
  it('never matches a name inside a longer word', () => {
    expect(
      mentions('Iranian diplomats, Indian troops, Pakistani soldiers, Irani, Indiana and Islamabadi food.'),
    ).toEqual([]);
    expect(mentions('Iran and India')).toEqual([
      ['Iran', 'place/iran'],
      ['India', 'place/india'],
    ]);
  });

  it('lets the longest alias win where aliases overlap', () => {
    expect(mentions('against the Tehreek-e-Taliban Pakistan (TTP) militants')).toEqual([
      ['Tehreek-e-Taliban Pakistan', 'group/ttp'],
      ['TTP', 'group/ttp'],
    ]);
    expect(mentions('The Pakistani Taliban, or TTP, is a separate group')).toEqual([
      ['Pakistani Taliban', 'group/ttp'],
      ['TTP', 'group/ttp'],
    ]);
  });

  it('matches acronyms only in upper case', () => {
    const context = 'Imran Khan spoke in Islamabad.';
    expect(mentions(context, 'PPP and SCO and KP; ppp, sco, kp and Kp are not names').slice(2)).toEqual([
      ['PPP', 'group/ppp'],
      ['SCO', 'group/sco'],
      ['KP', 'place/khyber-pakhtunkhwa'],
    ]);
    expect(mentions(context, 'Let us sit down with the US and the U.S. envoy').slice(2)).toEqual([
      ['US', 'place/united-states'],
      ['U.S', 'place/united-states'],
    ]);
  });

  it('never lets a name run across punctuation that ends it', () => {
    expect(mentions('They met Imran, Khan said.')).toEqual([]);
  });
});

describe('short forms', () => {
  it('link only after a full mention earlier on the same page', () => {
    expect(mentions('Achakzai spoke first.', 'Later Mahmood Khan Achakzai chaired it, and Achakzai said so.')).toEqual([
      ['Mahmood Khan Achakzai', 'person/mahmood-khan-achakzai'],
      ['Achakzai', 'person/mahmood-khan-achakzai'],
    ]);
  });

  it('resolve a shared short form to the entity named in full most recently (seed article 000)', () => {
    const page = [
      'Another senior leader, Atif Khan, confirmed the progress.',
      'Khan said the session included all member parties.',
      'The offer came from Sanaullah in response to a speech by the opposition leader, who demanded a committee to meet incarcerated former prime minister Ian Khan and examine his health.',
      'They demanded the release of all political prisoners, including Khan, Bushra Bibi, Shah Mahmood Qureshi.',
    ];
    expect(mentions(...page)).toEqual([
      ['Atif Khan', 'person/atif-khan'],
      ['Khan', 'person/atif-khan'],
      ['Ian Khan', 'person/imran-khan'],
      ['Khan', 'person/imran-khan'],
    ]);
  });

  it('do not link a surname shared with an unmentioned person (Baloch youth in seed article 001)', () => {
    expect(mentions('India-backed BLA to mislead Baloch youth')).toEqual([['India', 'place/india']]);
    expect(
      mentions(
        'Foreign Office spokesperson Mumtaz Zahra Baloch firmly stated. Baloch indicated that Pakistan is considering measures.',
      ),
    ).toEqual([
      ['Mumtaz Zahra Baloch', 'person/mumtaz-zahra-baloch'],
      ['Baloch', 'person/mumtaz-zahra-baloch'],
      ['Pakistan', 'place/pakistan'],
    ]);
  });

  it('accept the possessive of a short form', () => {
    expect(mentions('Taliban spokesman Zabiullah Mujahid’s said so; Mujahid’s remarks followed.')).toEqual([
      ['Zabiullah Mujahid', 'person/zabiullah-mujahid'],
      ['Mujahid', 'person/zabiullah-mujahid'],
    ]);
  });
});

describe('contextual names', () => {
  it('link on a page about the knowledge base’s region (seed article 001)', () => {
    expect(
      mentions(
        'Islamabad — Pakistan’s National Assembly displayed rare cross-party unity.',
        'Senate separately adopted a resolution.',
      ),
    ).toEqual([
      ['Islamabad', 'place/islamabad'],
      ['Pakistan', 'place/pakistan'],
      ['National Assembly', 'group/national-assembly'],
      ['Senate', 'group/senate-of-pakistan'],
    ]);
  });

  it('link when the context arrives after the name', () => {
    expect(mentions('The Senate met today.', 'Senators from Balochistan and Khyber Pakhtunkhwa spoke.')).toEqual([
      ['Senate', 'group/senate-of-pakistan'],
      ['Balochistan', 'place/balochistan'],
      ['Khyber Pakhtunkhwa', 'place/khyber-pakhtunkhwa'],
    ]);
  });

  it('stay unlinked on a page about another country', () => {
    const page = [
      'WASHINGTON: The Senate voted 52-48 on Tuesday to confirm the nominee.',
      'The National Assembly of France and the US Senate disagree; the Senate majority leader spoke about Iran and India.',
    ];
    // "US" is an acronym: on a page that names nothing of Pakistan's, it needs a definition or its full name.
    expect(mentions(...page).map(([, id]) => id)).toEqual(['place/iran', 'place/india']);
  });
});

describe('the scanner', () => {
  it('emits non-overlapping (start, end, key) triples', () => {
    const out: number[] = [];
    scanText(matcher, 'Imran Khan Imran Khan', out);
    expect(out.length).toBe(6);
    expect([out[0], out[1], out[3], out[4]]).toEqual([0, 10, 11, 21]);
  });

  it('finds every alias of a trie with wide nodes, long single-child chains and shared prefixes', () => {
    const syllables = ['ka', 'ke', 'ki', 'ko', 'ku', 'ma', 'me', 'mi', 'mo', 'mu', 'sa', 'se', 'si', 'so', 'su'];
    const sources: MatcherSource[] = [];
    for (const a of syllables) {
      for (const b of syllables) {
        const name = `${a}${b}r ${b}${a}stanwala`;
        sources.push({
          id: `person/${a}${b}`,
          name,
          type: 'person',
          region: null,
          contextual: false,
          aliases: [name, `${a}${b}r`],
          shortForms: [],
        });
      }
    }
    const wide = toRuntime(compileMatcher(sources).matcher);
    for (const source of sources) {
      for (const alias of source.aliases) {
        const text = `Before ${alias}, after.`;
        const raw: number[] = [];
        scanText(wide, text, raw);
        expect(raw.length, alias).toBe(3);
        expect(text.slice(raw[0], raw[1])).toBe(alias);
      }
      const raw: number[] = [];
      scanText(wide, `${source.aliases[0]!.slice(0, -1)} and ${source.aliases[1]!}x`, raw);
      expect(raw.length).toBe(3); // the first word alone, as its own alias; never a name cut short or run on
    }
  });

  it('finds every name written on a long page of a large knowledge base, and nothing on the same page without them', () => {
    const kb = makeKnowledgeBase(20_000);
    const large = toRuntime(compileMatcher(kb).matcher);
    const count = (blocks: string[]): number => {
      let names = 0;
      for (const block of blocks) {
        const raw: number[] = [];
        scanText(large, block, raw);
        names += raw.length / 3;
      }
      return names;
    };
    const page = makePage({ kb, targetChars: 200_000 });
    expect(page.mentions).toBeGreaterThan(500);
    expect(count(page.blocks)).toBe(page.mentions);
    expect(count(makePage({ kb: null, targetChars: 200_000 }).blocks)).toBe(0);
  });

  it('reports aliases that can never match', () => {
    const { skipped } = compileMatcher([{ ...TEST_KB[0]!, aliases: ['AT&T', '...'], shortForms: [] }]);
    expect(skipped.map((s) => s.alias)).toEqual(['AT&T', '...']);
  });
});

describe('serialisation', () => {
  it('survives a JSON round trip and matches the same mentions', async () => {
    const { serializeMatcher, deserializeMatcher } = await import('./serialize');
    const wire = JSON.parse(JSON.stringify(serializeMatcher(compiled.matcher))) as SerializedMatcher;
    const again = toRuntime(deserializeMatcher(wire));
    const text = 'ISLAMABAD: Imran Khan’s PTI and the TTP in Khyber-Pakhtunkhwa; Khan said; عمران خان';
    expect(findMentions(again, [text])).toEqual(findMentions(matcher, [text]));
    expect(findMentions(again, [text])).toHaveLength(7);
  });
});
