import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, scanText, toRuntime, type MatcherSource } from './index';
import {
  CONTEXT_THRESHOLD,
  ACRONYM_CONTEXT_THRESHOLD,
  LinkKind,
  PageLinker,
  type LinkerOptions,
  type ResolvedMention,
} from './linker';
import { TEST_KB } from '../../tests/fixtures/test-kb';

const compiled = compileMatcher(TEST_KB);
const matcher = toRuntime(compiled.matcher);

const KIND_NAMES = Object.fromEntries(Object.entries(LinkKind).map(([name, kind]) => [kind, name])) as Record<
  LinkKind,
  string
>;

const idOf = (entity: number): string => compiled.matcher.entities[entity]!.id;
const entityOf = (id: string): number => compiled.matcher.entities.findIndex((e) => e.id === id);

/** Mentions of one page given as blocks, as `[text, entity id, kind]`. */
function linked(blocks: readonly string[], options: LinkerOptions = {}): [string, string, string][] {
  return findMentions(matcher, blocks, options).map((m) => [
    blocks[m.block]!.slice(m.start, m.end),
    idOf(m.entity),
    KIND_NAMES[m.kind],
  ]);
}

/** Mentions of one page given as blocks, as `[text, entity id]`. */
function mentions(...blocks: string[]): [string, string][] {
  return linked(blocks).map(([text, id]) => [text, id]);
}

/** What a linker fed one block per `add` call returns for each call, as `[block, text, entity id, kind]`. */
function addEach(blocks: readonly string[], options: LinkerOptions = {}): [number, string, string, string][][] {
  const linker = new PageLinker<number>(matcher, options);
  return blocks.map((text, block) => {
    const raw: number[] = [];
    scanText(matcher, text, raw);
    return linker
      .add(block, text, raw)
      .sort((a, b) => a.block - b.block || a.start - b.start)
      .map((m: ResolvedMention<number>) => [
        m.block,
        blocks[m.block]!.slice(m.start, m.end),
        idOf(m.entity),
        KIND_NAMES[m.kind],
      ]);
  });
}

/** Two names of Pakistan's: enough context for a generic name or an undefined acronym. */
const HOME = 'Imran Khan spoke in Islamabad.';

describe('linker', () => {
  it('needs two entities of a region for context', () => {
    expect(CONTEXT_THRESHOLD).toBe(2);
    expect(ACRONYM_CONTEXT_THRESHOLD).toBe(2);
  });

  describe('each kind of link', () => {
    it('Name: a full name or an alias of the knowledge base', () => {
      expect(linked(['Imran Khan spoke in Islamabad and Khyber-Pakhtunkhwa.'])).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Islamabad', 'place/islamabad', 'Name'],
        ['Khyber-Pakhtunkhwa', 'place/khyber-pakhtunkhwa', 'Name'],
      ]);
    });

    it('ShortForm: a short form after its person’s full name', () => {
      expect(linked(['Imran Khan spoke.', 'Later Khan left.'])).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
      ]);
    });

    it('AcronymDefined: an acronym the page defines as the knowledge base does', () => {
      expect(linked(['Leaders of the Pakistan Peoples Party (PPP) met.', 'The PPP walked out.'])).toEqual([
        ['Pakistan Peoples Party', 'group/ppp', 'Name'],
        ['PPP', 'group/ppp', 'AcronymDefined'],
        ['PPP', 'group/ppp', 'AcronymDefined'],
      ]);
      expect(linked(['The PPP (Pakistan Peoples Party) met.'])).toEqual([
        ['PPP', 'group/ppp', 'AcronymDefined'],
        ['Pakistan Peoples Party', 'group/ppp', 'Name'],
      ]);
    });

    it('AcronymNamed: an acronym whose entity the page names in full', () => {
      expect(linked(['Pakistan Peoples Party leaders met.', 'The PPP walked out.'])).toEqual([
        ['Pakistan Peoples Party', 'group/ppp', 'Name'],
        ['PPP', 'group/ppp', 'AcronymNamed'],
      ]);
      // The full name may come after the acronym.
      expect(linked(['The PPP walked out.', 'Pakistan Peoples Party leaders met.'])).toEqual([
        ['PPP', 'group/ppp', 'AcronymNamed'],
        ['Pakistan Peoples Party', 'group/ppp', 'Name'],
      ]);
    });

    it('AcronymContext: an acronym on a page about the knowledge base’s world', () => {
      expect(linked([HOME, 'The PPP walked out.'])).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Islamabad', 'place/islamabad', 'Name'],
        ['PPP', 'group/ppp', 'AcronymContext'],
      ]);
    });

    it('Context: a generic name on a page about its region', () => {
      expect(linked(['The Senate met.', HOME])).toEqual([
        ['Senate', 'group/senate-of-pakistan', 'Context'],
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Islamabad', 'place/islamabad', 'Name'],
      ]);
    });

    it('Variant: another spelling of a full name', () => {
      expect(linked(['Shahbaz Shareef spoke.'])).toEqual([['Shahbaz Shareef', 'person/shehbaz-sharif', 'Variant']]);
    });

    it('Credit: a news agency named in a credit line', () => {
      expect(linked(['ISLAMABAD (AFP): Imran Khan said so.'])).toEqual([
        ['ISLAMABAD', 'place/islamabad', 'Name'],
        ['AFP', 'group/afp', 'Credit'],
        ['Imran Khan', 'person/imran-khan', 'Name'],
      ]);
    });
  });

  describe('names inside longer names', () => {
    it('does not link a known name inside a longer proper name', () => {
      expect(mentions('Jets of the Pakistan Air Force flew over Dera Ismail Khan.')).toEqual([]);
    });

    it('does not count a name inside a longer name as context', () => {
      expect(
        mentions(
          'The Senate met.',
          'The Pakistan Air Force and the Election Commission of Pakistan said.',
          'Imran Khan spoke.',
        ),
      ).toEqual([['Imran Khan', 'person/imran-khan']]);
    });

    it('does not look across a block boundary at the edge of a name for a longer one', () => {
      // "Election Commission " ends one block (a heading with a trailing space) and "Pakistan" starts the next.
      const text = 'Election Commission Pakistan votes today.';
      const boundary = text.indexOf('Pakistan');
      const raw: number[] = [];
      scanText(matcher, text, raw);
      const isCut = (start: number, end: number) => start < boundary && boundary < end;
      const linkedIn = (layout?: { isCut(start: number, end: number): boolean; isRead(offset: number): boolean }) =>
        new PageLinker<number>(matcher).add(0, text, raw, layout).map((m) => text.slice(m.start, m.end));
      expect(linkedIn()).toEqual([]);
      expect(linkedIn({ isCut, isRead: () => true })).toEqual(['Pakistan']);
      // The same after the name: "Pakistan" ends a block and " Cricket Board" starts the next.
      const after = 'Pakistan Cricket Board';
      const rawAfter: number[] = [];
      scanText(matcher, after, rawAfter);
      const cutAfter = 'Pakistan'.length;
      expect(new PageLinker<number>(matcher).add(0, after, rawAfter).length).toBe(0);
      expect(
        new PageLinker<number>(matcher).add(0, after, rawAfter, {
          isCut: (s, e) => s < cutAfter && cutAfter < e,
          isRead: () => true,
        }).length,
      ).toBe(1);
    });
  });

  describe('short forms', () => {
    it('do not link before any full mention on the page (seed article 000)', () => {
      expect(linked(['Khan spoke first.', 'Later Imran Khan arrived, and Khan spoke again.'])).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
      ]);
      expect(mentions('Khan spoke first.', 'Later Imran Khan arrived.')).toEqual([['Imran Khan', 'person/imran-khan']]);
    });

    it('do not link after a person the knowledge base does not know, even after a known one ("Hamid Khan")', () => {
      expect(mentions('Imran Khan spoke.', 'His lawyer Hamid Khan said Khan would appeal.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
      ]);
    });

    it('link again once the known person is named again', () => {
      expect(
        mentions('Imran Khan spoke. Hamid Khan said Khan would appeal.', 'Imran Khan agreed, and Khan left.'),
      ).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Imran Khan', 'person/imran-khan'],
        ['Khan', 'person/imran-khan'],
      ]);
    });

    it('do not give "Sharif" after "Nawaz Sharif" to Shehbaz Sharif', () => {
      expect(
        mentions('Shehbaz Sharif spoke. His brother Nawaz Sharif said so.', 'Sharif added that talks would go on.'),
      ).toEqual([['Shehbaz Sharif', 'person/shehbaz-sharif']]);
    });

    it('pass over a known person who does not go by the short form ("Bushra Khan … Khan" is Imran Khan)', () => {
      expect(linked(['Imran Khan spoke.', 'Bushra Khan visited him.', 'Khan said he was well.'])).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Bushra Khan', 'person/bushra-imran', 'Name'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
      ]);
    });

    it('do not link after a known name inside someone else’s longer name ("Atif Khan Jadoon")', () => {
      expect(mentions('Imran Khan spoke.', 'Atif Khan Jadoon replied.', 'Khan said the talks failed.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
      ]);
    });

    it('do not fall back to another entity’s full alias after someone else bears the word ("Bhutto")', () => {
      expect(
        linked(['Bilawal Bhutto Zardari spoke.', 'His cousin Nadir Bhutto replied.', 'Bhutto said the talks failed.']),
      ).toEqual([['Bilawal Bhutto Zardari', 'person/bilawal-bhutto-zardari', 'Name']]);
      // With nobody bearing it, the word is the other entity's own full alias.
      expect(linked(['Bhutto founded the party.'])).toEqual([['Bhutto', 'person/zulfikar-ali-bhutto', 'Name']]);
    });

    it('go to the person named most recently', () => {
      expect(mentions('Imran Khan spoke.', 'Atif Khan replied.', 'Khan said the session went well.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Atif Khan', 'person/atif-khan'],
        ['Khan', 'person/atif-khan'],
      ]);
    });

    it('do not link a word used of a people ("a Baloch advocacy group")', () => {
      expect(
        mentions(
          'Mahrang Baloch spoke.',
          'A Baloch advocacy group marched, and the Baloch community joined.',
          'Baloch said so.',
        ),
      ).toEqual([
        ['Mahrang Baloch', 'person/mahrang-baloch'],
        ['Baloch', 'person/mahrang-baloch'],
      ]);
    });

    it('link after a full name written in capitals ("IMRAN KHAN SPEAKS")', () => {
      expect(linked(['IMRAN KHAN SPEAKS', 'Khan said he would appeal.'])).toEqual([
        ['IMRAN KHAN', 'person/imran-khan', 'Name'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
      ]);
    });

    it('do not link inside someone else’s name in a Title Case headline ("Police Arrest Hamid Khan Supporters")', () => {
      expect(mentions('Imran Khan spoke.', 'Police Arrest Hamid Khan Supporters', 'Khan said.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
      ]);
    });

    it('link in a later text to the person named in an earlier one', () => {
      expect(addEach(['Imran Khan spoke.', 'Khan left.', 'Hamid Khan said Khan was fine.'])).toEqual([
        [[0, 'Imran Khan', 'person/imran-khan', 'Name']],
        [[1, 'Khan', 'person/imran-khan', 'ShortForm']],
        [],
      ]);
    });
  });

  describe('acronyms', () => {
    it('do not link when the page defines them otherwise ("Press Trust of India (PTI)")', () => {
      expect(
        mentions(HOME, 'The Press Trust of India (PTI) said the talks failed. PTI also said more were due.'),
      ).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('do not link when the page defines them as a common phrase ("public-private partnership (PPP)")', () => {
      expect(mentions(HOME, 'A public-private partnership (PPP) was signed. The PPP model works.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('do not link when the page defines them two different ways', () => {
      expect(
        mentions(
          'The Pakistan Peoples Party (PPP) and a public-private partnership (PPP) are both on the table.',
          HOME,
          'The PPP said.',
        ),
      ).toEqual([
        ['Pakistan Peoples Party', 'group/ppp'],
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('are defined by their own entity named in full right before the parenthesis, whatever its initials', () => {
      expect(linked(['The Pakistani Taliban (TTP) claimed the attack.', 'TTP fighters fled.'])).toEqual([
        ['Pakistani Taliban', 'group/ttp', 'Name'],
        ['TTP', 'group/ttp', 'AcronymDefined'],
        ['TTP', 'group/ttp', 'AcronymDefined'],
      ]);
    });

    it('link everywhere on the page once it defines them as the knowledge base does, even before the definition', () => {
      expect(linked(['PTI workers rallied.', 'Pakistan Tehreek-e-Insaf (PTI) leaders spoke.', 'PTI said so.'])).toEqual(
        [
          ['PTI', 'group/pti', 'AcronymDefined'],
          ['Pakistan Tehreek-e-Insaf', 'group/pti', 'Name'],
          ['PTI', 'group/pti', 'AcronymDefined'],
          ['PTI', 'group/pti', 'AcronymDefined'],
        ],
      );
    });

    it('keep a definition for later texts of the page', () => {
      expect(addEach(['A public-private partnership (PPP) was signed.', HOME, 'The PPP model works.'])[2]).toEqual([]);
      expect(addEach(['The Pakistan Peoples Party (PPP) met.', 'The PPP said.'])[1]).toEqual([
        [1, 'PPP', 'group/ppp', 'AcronymDefined'],
      ]);
    });

    it('link the parenthesis of a definition that ends a paragraph ("…joined the Pakistan Tehreek-e-Insaf (PTI).")', () => {
      expect(linked(['He joined the Pakistan Tehreek-e-Insaf (PTI).'])).toEqual([
        ['Pakistan Tehreek-e-Insaf', 'group/pti', 'Name'],
        ['PTI', 'group/pti', 'AcronymDefined'],
      ]);
    });

    it('do not link a credit line to an entity that is not a news agency ("NEW DELHI (PTI)")', () => {
      expect(mentions(HOME, 'NEW DELHI (PTI): India and Iran signed a pact.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
        ['India', 'place/india'],
        ['Iran', 'place/iran'],
      ]);
      expect(mentions(HOME, 'The talks failed, PTI reported.')).toHaveLength(2);
    });

    it('link a credit line to a news agency ("(AFP)", "Photo: AFP")', () => {
      expect(linked(['Police at the rally.', 'Photo: AFP'])).toEqual([['AFP', 'group/afp', 'Credit']]);
    });

    it('do not link when glued to a currency sign, a digit or a number ("US$60", "NA-130")', () => {
      expect(mentions(HOME, 'A loan of US$60 million was agreed. The US said so.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
        ['US', 'place/united-states'],
      ]);
      expect(mentions(HOME, 'Voting in KP-42 and KP went on.').map(([text]) => text)).toEqual([
        'Imran Khan',
        'Islamabad',
        'KP',
      ]);
    });

    it('wait for context without support, and link once two entities of the home region are named', () => {
      expect(mentions('The PPP walked out.')).toEqual([]);
      expect(mentions('The PPP walked out.', 'Imran Khan spoke.')).toEqual([['Imran Khan', 'person/imran-khan']]);
      expect(mentions('The PPP walked out.', HOME)).toEqual([
        ['PPP', 'group/ppp'],
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('release a waiting acronym when the context arrives in a later text', () => {
      expect(addEach(['The PPP walked out.', 'Imran Khan spoke.', 'He was in Islamabad.'])).toEqual([
        [],
        [[1, 'Imran Khan', 'person/imran-khan', 'Name']],
        [
          [0, 'PPP', 'group/ppp', 'AcronymContext'],
          [2, 'Islamabad', 'place/islamabad', 'Name'],
        ],
      ]);
    });

    it('count each entity once for context', () => {
      expect(mentions('The PPP walked out.', 'Imran Khan spoke. Imran Khan left.').map(([text]) => text)).toEqual([
        'Imran Khan',
        'Imran Khan',
      ]);
    });

    it('do not count entities of another region as context', () => {
      expect(mentions('The PPP walked out.', 'Iran and India signed a pact.').map(([text]) => text)).toEqual([
        'Iran',
        'India',
      ]);
    });
  });

  describe('generic names', () => {
    it('do not link with one entity of their region, and link with two', () => {
      expect(mentions('The Senate met.', 'Imran Khan spoke.')).toEqual([['Imran Khan', 'person/imran-khan']]);
      expect(linked(['The Senate met.', HOME]).map(([text, , kind]) => [text, kind])).toEqual([
        ['Senate', 'Context'],
        ['Imran Khan', 'Name'],
        ['Islamabad', 'Name'],
      ]);
    });

    it('do not count a generic name as context for another', () => {
      expect(mentions('The Senate and the National Assembly met.', 'Imran Khan spoke.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
      ]);
    });

    it('link alone when the alias names a place of the entity’s own region ("Balochistan Levies")', () => {
      expect(linked(['The Balochistan Levies arrested him.'])).toEqual([
        ['Balochistan Levies', 'group/balochistan-levies', 'Name'],
      ]);
      expect(mentions('The Levies arrested him.')).toEqual([]);
      expect(linked(['The Levies arrested him.', HOME])[0]).toEqual(['Levies', 'group/balochistan-levies', 'Context']);
    });

    it('tell which entities gave the context', () => {
      const linker = new PageLinker<number>(matcher);
      const raw: number[] = [];
      scanText(matcher, HOME, raw);
      linker.add(0, HOME, raw);
      expect(linker.contextExamples(entityOf('group/senate-of-pakistan')).map(idOf)).toEqual([
        'person/imran-khan',
        'place/islamabad',
      ]);
      expect(linker.contextExamples(entityOf('group/sco')).map(idOf)).toEqual(['person/imran-khan', 'place/islamabad']);
    });
  });

  describe('other spellings', () => {
    it('link a full name of two words or more by its skeleton, then its short form as the page spells it', () => {
      expect(linked(['Shahbaz Shareef spoke.', 'Shareef said the talks would go on.'])).toEqual([
        ['Shahbaz Shareef', 'person/shehbaz-sharif', 'Variant'],
        ['Shareef', 'person/shehbaz-sharif', 'ShortForm'],
      ]);
    });

    it('never match a single word by skeleton', () => {
      expect(mentions('Shareef spoke.', 'Imraan said so.')).toEqual([]);
    });

    it('do not link the short form before the variant, nor after someone else who bears it', () => {
      expect(mentions('Shareef spoke first.', 'Then Shahbaz Shareef arrived.')).toEqual([
        ['Shahbaz Shareef', 'person/shehbaz-sharif'],
      ]);
      expect(mentions('Shahbaz Shareef spoke.', 'His brother Nawaz Shareef said Shareef was right.')).toEqual([
        ['Shahbaz Shareef', 'person/shehbaz-sharif'],
      ]);
    });

    it('match a person’s first and last name without the middle name ("Mahmood Achakzai")', () => {
      expect(linked(['Mahmood Achakzai spoke.', 'Achakzai said so.'])).toEqual([
        ['Mahmood Achakzai', 'person/mahmood-khan-achakzai', 'Variant'],
        ['Achakzai', 'person/mahmood-khan-achakzai', 'ShortForm'],
      ]);
    });

    it('match names spelled with another izafat particle ("Tehreek-i-Taliban Pakistan")', () => {
      expect(linked(['The Tehreek-i-Taliban Pakistan claimed it.'])).toEqual([
        ['Tehreek-i-Taliban Pakistan', 'group/ttp', 'Variant'],
      ]);
    });

    it('leave a name the knowledge base spells the same way to the knowledge base', () => {
      expect(linked(['Shahbaz Sharif spoke.'])).toEqual([['Shahbaz Sharif', 'person/shehbaz-sharif', 'Name']]);
      // A generic name matched by its own alias waits for context; its skeleton does not link it.
      expect(mentions('The National Assembly met.')).toEqual([]);
      // Nor does the skeleton link a known name that sits inside a longer name.
      expect(mentions('Transport for Khyber Pakhtunkhwa runs the buses.')).toEqual([]);
    });

    it('count as full names for context and for acronyms', () => {
      expect(mentions('The Senate met.', 'Shahbaz Shareef spoke in Islamabad.').map(([text]) => text)).toEqual([
        'Senate',
        'Shahbaz Shareef',
        'Islamabad',
      ]);
    });

    it('do not link text that is never read', () => {
      const linker = new PageLinker<number>(matcher);
      const text = 'Shahbaz Shareef spoke.';
      expect(linker.add(0, text, [], { isCut: () => false, isRead: () => false })).toEqual([]);
      expect(new PageLinker<number>(matcher).add(0, text, []).map((m) => m.kind)).toEqual([LinkKind.Variant]);
    });

    it('link a short form spelled as in a variant in a later text of the page', () => {
      const linker = new PageLinker<number>(matcher);
      const add = (block: number, text: string) => {
        const raw: number[] = [];
        scanText(matcher, text, raw);
        return linker.add(block, text, raw).map((m) => [text.slice(m.start, m.end), m.kind]);
      };
      expect(add(0, 'Shahbaz Shareef spoke.')).toEqual([['Shahbaz Shareef', LinkKind.Variant]]);
      expect(add(1, 'Shareef said so.')).toEqual([['Shareef', LinkKind.ShortForm]]);
    });

    it.todo(
      'link another spelling of an affiliation after a person’s name ("Omar Ayub Khan of Pakistan Tehreek-i-Insaf")',
    );
  });

  describe('with rules: false', () => {
    const off = { rules: false };

    it('links a known name inside a longer name', () => {
      expect(linked(['The Pakistan Air Force said.'], off)).toEqual([['Pakistan', 'place/pakistan', 'Name']]);
    });

    it('links a short form to the last full mention, whoever else bears it', () => {
      expect(linked(['Imran Khan spoke.', 'Hamid Khan said Khan would appeal.'], off)).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
        ['Khan', 'person/imran-khan', 'ShortForm'],
      ]);
    });

    it('still needs a full mention before a short form', () => {
      expect(linked(['Khan spoke first.', 'Later Imran Khan arrived.'], off)).toEqual([
        ['Imran Khan', 'person/imran-khan', 'Name'],
      ]);
    });

    it('links every acronym as a name, credits and other definitions too', () => {
      expect(
        linked(['NEW DELHI (PTI): The Press Trust of India (PTI) and a US$60 fund.'], off).map(([text, , kind]) => [
          text,
          kind,
        ]),
      ).toEqual([
        ['PTI', 'Name'],
        ['India', 'Name'],
        ['PTI', 'Name'],
        ['US', 'Name'],
      ]);
    });

    it('still needs context for a generic name', () => {
      expect(linked(['The Senate met.'], off)).toEqual([]);
      expect(linked(['The Senate met.', HOME], off)[0]).toEqual(['Senate', 'group/senate-of-pakistan', 'Context']);
    });

    it('does not link other spellings', () => {
      expect(linked(['Shahbaz Shareef spoke.'], off)).toEqual([]);
    });
  });
});

describe('compile (what the linker is told about entities)', () => {
  it('makes an alias of a contextual entity generic unless it names a place of the entity’s own region', () => {
    const contextualOf = (alias: string): number[] => {
      const raw: number[] = [];
      scanText(matcher, alias, raw);
      const key = raw[2]!;
      const candidates: number[] = [];
      for (let c = matcher.keyCandidates[key]!; c < matcher.keyCandidates[key + 1]!; c++)
        candidates.push(matcher.candidateContextual[c]!);
      return candidates;
    };
    expect(contextualOf('Balochistan Levies')).toEqual([0]);
    expect(contextualOf('Levies')).toEqual([1]);
    expect(contextualOf('Senate')).toEqual([1]);
    expect(contextualOf('Imran Khan')).toEqual([0]);
  });

  it('does not count a place of another region, nor a contextual place, as the entity’s own', () => {
    const sources: MatcherSource[] = [
      {
        id: 'place/iran',
        name: 'Iran',
        type: 'place',
        region: 'IR',
        contextual: false,
        aliases: ['Iran'],
        shortForms: [],
      },
      {
        id: 'place/quetta',
        name: 'Quetta',
        type: 'place',
        region: 'PK',
        contextual: true,
        aliases: ['Quetta'],
        shortForms: [],
      },
      {
        id: 'group/levies',
        name: 'Levies',
        type: 'group',
        region: 'PK',
        contextual: true,
        aliases: ['Iran Levies', 'Quetta Levies'],
        shortForms: [],
      },
    ];
    const m = toRuntime(compileMatcher(sources).matcher);
    for (const alias of ['Iran Levies', 'Quetta Levies']) {
      const raw: number[] = [];
      scanText(m, alias, raw);
      expect(m.candidateContextual[m.keyCandidates[raw[2]!]!], alias).toBe(1);
    }
  });

  it('marks a group as press from its role', () => {
    const entity = (id: string) => compiled.matcher.entities[entityOf(id)]!;
    expect(entity('group/afp').press).toBe(true);
    expect(entity('group/pti').press).toBe(false);
    const sources: MatcherSource[] = [
      {
        id: 'group/a',
        name: 'Aaj Network',
        type: 'group',
        region: 'PK',
        contextual: false,
        aliases: ['Aaj Network'],
        shortForms: [],
        role: 'Urdu news channel',
      },
      {
        id: 'group/b',
        name: 'Daily Khabar',
        type: 'group',
        region: 'PK',
        contextual: false,
        aliases: ['Daily Khabar'],
        shortForms: [],
        role: 'Urdu-language newspaper',
      },
      {
        id: 'group/c',
        name: 'State Broadcaster',
        type: 'group',
        region: 'PK',
        contextual: false,
        aliases: ['State Broadcaster'],
        shortForms: [],
        role: 'public broadcaster',
      },
      {
        id: 'group/d',
        name: 'Newsline Party',
        type: 'group',
        region: 'PK',
        contextual: false,
        aliases: ['Newsline Party'],
        shortForms: [],
        role: 'political party',
      },
      {
        id: 'person/e',
        name: 'Anchor Person',
        type: 'person',
        region: 'PK',
        contextual: false,
        aliases: ['Anchor Person'],
        shortForms: [],
        role: 'news anchor',
      },
      {
        id: 'group/f',
        name: 'Plain Group',
        type: 'group',
        region: 'PK',
        contextual: false,
        aliases: ['Plain Group'],
        shortForms: [],
      },
    ];
    expect(compileMatcher(sources).matcher.entities.map((e) => e.press)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
