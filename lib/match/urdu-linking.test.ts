import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, toRuntime, type MatcherSource } from './index';
import { LinkKind } from './linker';

const source = (
  id: string,
  type: MatcherSource['type'],
  aliases: string[],
  shortForms: string[] = [],
  region: string | null = 'PK',
): MatcherSource => ({
  id,
  name: aliases[0]!,
  type,
  region,
  contextual: false,
  aliases,
  shortForms,
});

const KB: MatcherSource[] = [
  source('person/imran-khan', 'person', ['Imran Khan', 'عمران خان'], ['Khan', 'خان', 'عمران']),
  source('person/shehbaz-sharif', 'person', ['Shehbaz Sharif', 'شہباز شریف'], ['Sharif', 'شریف']),
  source('group/pti', 'group', ['Pakistan Tehreek-e-Insaf', 'PTI', 'پاکستان تحریک انصاف', 'پی ٹی آئی']),
  source('group/ttap', 'group', ['Tehreek-e-Tahaffuz-e-Ain Pakistan', 'TTAP', 'ٹی ٹی اے پی']),
  source('group/ap', 'group', ['Associated Press', 'AP', 'اے پی'], [], 'US'),
  source('place/pakistan', 'place', ['Pakistan', 'پاکستان']),
  source('place/islamabad', 'place', ['Islamabad', 'اسلام آباد']),
  source('place/peshawar', 'place', ['Peshawar', 'پشاور']),
  source('place/quetta', 'place', ['Quetta', 'کوئٹہ']),
  source('person/donald-trump', 'person', ['Donald Trump', 'ڈونلڈ ٹرمپ'], ['Trump', 'ٹرمپ'], 'US'),
];
const compiled = compileMatcher(KB).matcher;
const matcher = toRuntime(compiled);
const KIND_NAMES = Object.fromEntries(Object.entries(LinkKind).map(([name, kind]) => [kind, name]));

function linked(...blocks: string[]): [string, string, string][] {
  return findMentions(matcher, blocks).map((m) => [
    blocks[m.block]!.slice(m.start, m.end),
    compiled.entities[m.entity]!.id,
    KIND_NAMES[m.kind]!,
  ]);
}

describe('linking on Urdu pages', () => {
  it('links a surname alone after the full name, but not inside someone else’s name', () => {
    const page =
      'عمران خان کی بہنیں اڈیالہ جیل پہنچیں۔ علیمہ خان نے میڈیا سے گفتگو کی اور کہا کہ خان سے ملاقات نہیں ہوئی۔';
    // "علیمہ خان" is his sister: the "خان" after her is hers, not his.
    expect(linked(page)).toEqual([['عمران خان', 'person/imran-khan', 'Name']]);
    expect(linked('عمران خان نے کہا۔ بعد میں خان نے جلسے سے خطاب کیا۔')).toEqual([
      ['عمران خان', 'person/imran-khan', 'Name'],
      ['خان', 'person/imran-khan', 'ShortForm'],
    ]);
  });

  it('does not give Nawaz Sharif’s surname to Shehbaz Sharif', () => {
    expect(linked('وزیراعظم شہباز شریف نے اپنے بھائی نواز شریف سے ملاقات کی، شریف نے کہا۔')).toEqual([
      ['شہباز شریف', 'person/shehbaz-sharif', 'Name'],
    ]);
  });

  it('reads an acronym spelled in Urdu letter names as an acronym: defined by its full name before it', () => {
    expect(linked('پاکستان تحریک انصاف (پی ٹی آئی) کے رہنما پشاور میں۔ پی ٹی آئی نے احتجاج کیا۔')).toEqual([
      ['پاکستان تحریک انصاف', 'group/pti', 'Name'],
      ['پی ٹی آئی', 'group/pti', 'AcronymDefined'],
      ['پشاور', 'place/peshawar', 'Name'],
      ['پی ٹی آئی', 'group/pti', 'AcronymDefined'],
    ]);
  });

  it('does not link an Urdu acronym without support on the page', () => {
    expect(linked('پی ٹی آئی نے احتجاج کیا۔')).toEqual([]);
  });

  it('does not link a letter-name acronym that is part of a longer one', () => {
    const page = 'پاکستان اور اسلام آباد میں (ٹی ٹی) اے پی) کی قیادت نے اجلاس کیا۔';
    expect(linked(page).map(([text]) => text)).toEqual(['پاکستان', 'اسلام آباد']);
  });

  describe('words written without a space after a letter that does not join', () => {
    it('finds a name right after a postposition or a title', () => {
      // "کو" and "صدر" end in letters that do not join the next one: "کوکوئٹہ" reads "کو کوئٹہ".
      expect(linked('فوج کے سربراہ نے پیر کوکوئٹہ چھاؤنی کا دورہ کیا۔')).toEqual([['کوئٹہ', 'place/quetta', 'Name']]);
      expect(linked('امریکی عدالت نے صدرڈونلڈ ٹرمپ کے حق میں فیصلہ دیا، ٹرمپ نے خوشی ظاہر کی۔')).toEqual([
        ['ڈونلڈ ٹرمپ', 'person/donald-trump', 'Name'],
        ['ٹرمپ', 'person/donald-trump', 'ShortForm'],
      ]);
    });

    it('finds a name right before a postposition when the name’s last letter does not join', () => {
      expect(linked('وزیراعظم پشاورمیں جلسے سے خطاب کریں گے۔')).toEqual([['پشاور', 'place/peshawar', 'Name']]);
    });

    it('does not cut a name out of a longer word', () => {
      // "پشاوری" (of Peshawar) and "کوئٹہوال" are single words; "سوکوئٹہ" starts with no postposition.
      expect(linked('یہ پشاوری چپل ہے اور وہ سوکوئٹہ کی بات کر رہے تھے۔')).toEqual([]);
      // "خان" ends in a letter that joins the next one: "خانکی" is one word, not "خان کی".
      expect(linked('عمران خان نے کہا۔ یہ خانکی بات ہے۔')).toEqual([['عمران خان', 'person/imran-khan', 'Name']]);
    });
  });
});
