import { describe, expect, it } from 'vitest';
import { isEmbedded, readEdges, type NameContext } from './embedded';
import { compileMatcher, findMentions, toRuntime } from './index';
import { TEST_KB } from '../../tests/fixtures/test-kb';

const compiled = compileMatcher(TEST_KB);
const matcher = toRuntime(compiled.matcher);

/** Every whole-word occurrence of `name` in `text`. */
function occurrences(text: string, name: string): [number, number][] {
  const found: [number, number][] = [];
  const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + name.length])) found.push([at, at + name.length]);
  }
  return found;
}

/**
 * A page as the linker shows it to `isEmbedded`: `names` are the names found on it (the knowledge
 * base's), `cuts` the offsets of block boundaries.
 */
function context(text: string, names: readonly string[], cuts: readonly number[] = []): NameContext {
  const spans = names.flatMap((name) => occurrences(text, name));
  return {
    text,
    isCut: (start, end) => cuts.some((cut) => start < cut && cut < end),
    startsMatch: (start) => spans.some(([s]) => s === start),
    endsMatch: (end) => spans.some(([, e]) => e === end),
    isCommonWord: (lower) => occurrences(text, lower).length > 0,
  };
}

interface Case {
  /** The found name to ask about. */
  name: string;
  /** Other names found on the page. */
  others?: string[];
  /** Which occurrence of `name` (0 for the first). */
  nth?: number;
  place?: boolean;
  cuts?: number[];
}

/** Whether the `nth` occurrence of `name` in `text` is part of a longer name. */
function embedded(text: string, { name, others = [], nth = 0, place = false, cuts = [] }: Case): boolean {
  const at = occurrences(text, name)[nth];
  if (!at) throw new Error(`"${name}" is not in "${text}"`);
  return isEmbedded(context(text, [name, ...others], cuts), at[0], at[1], place);
}

/** Mentions of one page given as blocks, as `[text, entity id]` pairs. */
function mentions(...blocks: string[]): [string, string][] {
  return findMentions(matcher, blocks).map((m) => [
    blocks[m.block]!.slice(m.start, m.end),
    compiled.matcher.entities[m.entity]!.id,
  ]);
}

describe('embedded', () => {
  describe('a longer name on the right', () => {
    it('is made by an organisation’s head word after the name ("Pakistan Air Force")', () => {
      expect(embedded('Jets of the Pakistan Air Force struck at dawn.', { name: 'Pakistan', place: true })).toBe(true);
      expect(
        embedded('The Balochistan Liberation Front claimed the attack.', { name: 'Balochistan', place: true }),
      ).toBe(true);
      expect(embedded('The Pakistan Cricket Board met.', { name: 'Pakistan', place: true })).toBe(true);
    });

    it('is made in running text by any ordinary capitalised word after the name ("Imran Ismail", "Pakistan Super League")', () => {
      expect(embedded('Former governor Imran Ismail said so.', { name: 'Imran' })).toBe(true);
      expect(embedded('The Pakistan Super League final is tonight.', { name: 'Pakistan', place: true })).toBe(true);
    });

    it('is made in running text by a common head word after a title word ("Islamabad General Hospital")', () => {
      expect(
        embedded('He was taken to the Islamabad General Hospital on Monday.', { name: 'Islamabad', place: true }),
      ).toBe(true);
    });

    it('is not made by a title after a place ("Pakistan Prime Minister", "Pakistan Foreign Minister")', () => {
      expect(embedded('The Pakistan Prime Minister arrived in Doha.', { name: 'Pakistan', place: true })).toBe(false);
      expect(embedded('Pakistan Foreign Minister Ishaq Dar said.', { name: 'Pakistan', place: true })).toBe(false);
    });

    it('is not made by a lower-case word ("KP assembly")', () => {
      expect(embedded('Members of the KP assembly walked out.', { name: 'KP', place: true })).toBe(false);
      expect(embedded('Pakistan army chief said.', { name: 'Pakistan', place: true })).toBe(false);
    });

    it('is not made by a possessive ("Kabul’s leadership")', () => {
      expect(embedded('Kabul’s leadership met.', { name: 'Kabul', place: true })).toBe(false);
      expect(embedded("Pakistan's Foreign Office said.", { name: 'Pakistan', place: true })).toBe(false);
    });

    it('is not made by a thing of the entity ("the United Nations Charter", "the Islamabad Declaration")', () => {
      expect(embedded('It breaches the United Nations Charter, he said.', { name: 'United Nations' })).toBe(false);
      expect(embedded('They signed the Islamabad Declaration on Friday.', { name: 'Islamabad', place: true })).toBe(
        false,
      );
    });

    it('is not made by another found name right after it ("the Iran Pakistan pipeline")', () => {
      expect(
        embedded('Work on the Iran Pakistan gas pipeline stalled.', {
          name: 'Iran',
          others: ['Pakistan'],
          place: true,
        }),
      ).toBe(false);
    });

    it('is not made by an acronym after it ("an Islamabad ATC judge")', () => {
      expect(embedded('An Islamabad ATC judge adjourned the case.', { name: 'Islamabad', place: true })).toBe(false);
    });

    it('is not made when the name itself ends in an acronym ("Khabar PK Press Club")', () => {
      expect(embedded('A meeting at the Khabar PK Press Club was held.', { name: 'Khabar PK' })).toBe(false);
    });

    it('takes the closing full stop of an initialism into the name ("U.S. Air Force")', () => {
      expect(embedded('The U.S. Air Force flew the jets.', { name: 'U.S', place: true })).toBe(true);
      expect(embedded('The U.S. envoy left.', { name: 'U.S', place: true })).toBe(false);
    });

    it('is not made after a title’s "of" phrase, when a person’s name follows ("prime minister of Pakistan Nawaz Sharif")', () => {
      expect(
        embedded('the former prime minister of Pakistan Nawaz Sharif said', { name: 'Pakistan', place: true }),
      ).toBe(false);
      // Without the title, "of" does not close a phrase: the name runs on.
      expect(embedded('the people of Pakistan Nawaz Sharif met', { name: 'Pakistan', place: true })).toBe(true);
    });

    it('is made by a capitalised word in parentheses followed by another ("Pakistan Army (Amendment) Bill")', () => {
      expect(embedded('The Pakistan Army (Amendment) Bill was passed.', { name: 'Pakistan Army' })).toBe(true);
      expect(embedded('The Pakistan Army (ISPR) said so.', { name: 'Pakistan Army' })).toBe(false);
      expect(embedded('The Pakistan Army (ISPR) Director General said so.', { name: 'Pakistan Army' })).toBe(false);
      expect(embedded('The Pakistan Army (Retd) officers said so.', { name: 'Pakistan Army' })).toBe(false);
      expect(embedded('The Pakistan Army (Amendment) was passed.', { name: 'Pakistan Army' })).toBe(false);
    });

    it('is made by a hyphen only with an izafat particle ("Islamabad-e-Nau"), not between two names ("Pakistan-Afghanistan border")', () => {
      expect(embedded('Troops on the Pakistan-Afghanistan border.', { name: 'Pakistan', place: true })).toBe(false);
      expect(embedded('He moved to Islamabad-e-Nau last year.', { name: 'Islamabad', place: true })).toBe(true);
      expect(embedded('He moved to Islamabad-e last year.', { name: 'Islamabad', place: true })).toBe(false);
    });

    it('does not read across a block boundary', () => {
      // A cut lies strictly between two offsets: here, between the two spaces.
      expect(embedded('Pakistan  Super League', { name: 'Pakistan', place: true })).toBe(true);
      expect(embedded('Pakistan  Super League', { name: 'Pakistan', place: true, cuts: [9] })).toBe(false);
    });
  });

  describe('a longer name on the left', () => {
    it('is made by a capitalised word before the name ("Dera Ismail Khan")', () => {
      expect(embedded('They drove to Dera Ismail Khan on Sunday.', { name: 'Khan' })).toBe(true);
    });

    it('is not made by a title before a name ("Prime Minister Shehbaz Sharif", "Mr Khan")', () => {
      expect(embedded('Prime Minister Shehbaz Sharif spoke.', { name: 'Shehbaz Sharif' })).toBe(false);
      expect(embedded('Later Mr Khan left.', { name: 'Khan' })).toBe(false);
      expect(embedded('Senior Minister Khan left.', { name: 'Khan' })).toBe(false);
    });

    it('is not made by a word that only opens a sentence ("Yesterday Imran Khan…")', () => {
      expect(embedded('Yesterday Imran Khan said he would appeal.', { name: 'Imran Khan' })).toBe(false);
      expect(embedded('He spoke. Meanwhile Shehbaz Sharif left.', { name: 'Shehbaz Sharif' })).toBe(false);
    });

    it('is not made by a sentence-opening word that the page writes in lower case elsewhere', () => {
      const page = 'Rivals Shehbaz Sharif and Imran Khan met. The rivals agreed on little.';
      expect(embedded(page, { name: 'Shehbaz Sharif', others: ['Imran Khan'] })).toBe(false);
      // The same word is part of a name when the page never writes it in lower case.
      expect(
        embedded('Rivals Shehbaz Sharif and Imran Khan met.', { name: 'Shehbaz Sharif', others: ['Imran Khan'] }),
      ).toBe(true);
    });

    it('is not made by another found name before it', () => {
      expect(
        embedded('Work on the Iran Pakistan gas pipeline stalled.', {
          name: 'Pakistan',
          others: ['Iran'],
          place: true,
        }),
      ).toBe(false);
    });

    it('is not made by an acronym before it ("the PDM Shehbaz Sharif government")', () => {
      expect(embedded('the PDM Shehbaz Sharif government fell', { name: 'Shehbaz Sharif' })).toBe(false);
      // Capitals and digits: no inner capital, still no part of the name.
      expect(embedded('Traffic on the M2 Islamabad section was halted.', { name: 'Islamabad', place: true })).toBe(
        false,
      );
    });

    it('is not made by two words that markup ran together ("TopStories Pakistan")', () => {
      expect(embedded('TopStories Pakistan beat India.', { name: 'Pakistan', others: ['India'], place: true })).toBe(
        false,
      );
    });

    it('is made by "of" after an organisation’s or a common head ("Election Commission of Pakistan", "State Bank of Pakistan")', () => {
      expect(embedded('The Election Commission of Pakistan said.', { name: 'Pakistan', place: true })).toBe(true);
      expect(embedded('The University of Balochistan reopened.', { name: 'Balochistan', place: true })).toBe(true);
      expect(embedded('The State Bank of Pakistan raised rates.', { name: 'Pakistan', place: true })).toBe(true);
    });

    it('is not made by "of" after a lower-case word, or after a found name', () => {
      expect(embedded('The commission of Pakistan said.', { name: 'Pakistan', place: true })).toBe(false);
      expect(embedded('The Senate of Pakistan met.', { name: 'Pakistan', others: ['Senate'], place: true })).toBe(
        false,
      );
    });

    it('is not made by "of" after a word of the place itself ("Islamic Republic of Pakistan")', () => {
      expect(embedded('The Islamic Republic of Pakistan said.', { name: 'Pakistan', place: true })).toBe(false);
      expect(embedded('The Province of Balochistan said.', { name: 'Balochistan', place: true })).toBe(false);
    });

    it('is not made by "of" after a person’s name: an affiliation ("Omar Ayub Khan of Pakistan Tehreek-e-Insaf")', () => {
      expect(embedded('Omar Ayub Khan of Pakistan Tehreek-e-Insaf spoke.', { name: 'Pakistan Tehreek-e-Insaf' })).toBe(
        false,
      );
    });

    it('is made by "for" after a capitalised word ("Transport for London")', () => {
      expect(embedded('Transport for London runs the buses.', { name: 'London', place: true })).toBe(true);
      expect(embedded('They said Transport for Islamabad runs the buses.', { name: 'Islamabad', place: true })).toBe(
        true,
      );
    });

    it('is not made by "for" after a title ("Minister for Balochistan")', () => {
      expect(embedded('the Minister for Balochistan said', { name: 'Balochistan', place: true })).toBe(false);
    });

    it('is not made by "for" after a word that only opens the sentence ("Support for Pakistan")', () => {
      expect(embedded('Support for Pakistan grew. The support was broad.', { name: 'Pakistan', place: true })).toBe(
        false,
      );
      expect(embedded('Speaking for Pakistan, the envoy said.', { name: 'Pakistan', place: true })).toBe(false);
    });

    it('is made by other connectors after a capitalised word ("Ahmed bin Imran Khan")', () => {
      expect(embedded('Ahmed bin Imran Khan, a businessman, said.', { name: 'Imran Khan' })).toBe(true);
      expect(embedded('The Dar ul Islamabad school opened.', { name: 'Islamabad', place: true })).toBe(true);
      expect(embedded('Sheikh bin Imran Khan said.', { name: 'Imran Khan' })).toBe(false);
    });

    it('is made by "and" for a place always written after the same word ("Jammu and Kashmir")', () => {
      const page = 'Leaders of Jammu and Kashmir met. Jammu and Kashmir is tense.';
      expect(embedded(page, { name: 'Kashmir', place: true })).toBe(true);
      expect(embedded(page, { name: 'Kashmir', place: true, nth: 1 })).toBe(true);
    });

    it('is not made by "and" when the word before stands alone elsewhere ("China and Pakistan")', () => {
      expect(embedded('China and Pakistan signed a pact. China also said so.', { name: 'Pakistan', place: true })).toBe(
        false,
      );
      expect(embedded('Jammu and Kashmir met. Jammu was calm.', { name: 'Kashmir', place: true })).toBe(false);
    });

    it('is not made by "and" before a name that is not a place', () => {
      expect(embedded('Zardari and Shehbaz Sharif met.', { name: 'Shehbaz Sharif' })).toBe(false);
      expect(embedded('Zardari and Shehbaz Sharif met.', { name: 'Shehbaz Sharif', place: true })).toBe(true);
    });

    it('is not made by "and" after a found name ("Iran and Pakistan")', () => {
      expect(embedded('Iran and Pakistan signed a pact.', { name: 'Pakistan', others: ['Iran'], place: true })).toBe(
        false,
      );
    });

    it('is made by an izafat particle between hyphens ("Nishan-i-Pakistan")', () => {
      expect(embedded('He received the Nishan-i-Pakistan award.', { name: 'Pakistan', place: true })).toBe(true);
      expect(embedded('Troops on the Afghanistan-Pakistan border.', { name: 'Pakistan', place: true })).toBe(false);
    });

    it('does not read across a block boundary', () => {
      expect(embedded('Dera Ismail  Khan', { name: 'Khan' })).toBe(true);
      expect(embedded('Dera Ismail  Khan', { name: 'Khan', cuts: [12] })).toBe(false);
    });
  });

  describe('in a headline in Title Case', () => {
    it('does not join a name to ordinary capitalised words ("Police Arrest Imran Khan Supporters")', () => {
      expect(embedded('Police Arrest Imran Khan Supporters', { name: 'Imran Khan' })).toBe(false);
      expect(embedded('Altaf Hussain Admitted to London Hospital', { name: 'London', place: true })).toBe(false);
    });

    it('still joins a name to an organisation’s head word ("Pakistan Air Force Jets Strike")', () => {
      expect(embedded('Pakistan Air Force Jets Strike Targets', { name: 'Pakistan', place: true })).toBe(true);
      expect(embedded('Police Raid Balochistan University Campus', { name: 'Balochistan', place: true })).toBe(true);
    });

    it('needs three capitalised words around the name in its own sentence', () => {
      // Two capitalised words are no headline: "Supporters" runs on the name.
      expect(embedded('Imran Khan Supporters gather', { name: 'Imran Khan' })).toBe(true);
      expect(embedded('Imran Khan Supporters', { name: 'Imran Khan' })).toBe(true);
      // Capitalised words in the sentences around it do not count.
      expect(embedded('Police Arrest Many. Imran Khan Supporters. Rally Held Today.', { name: 'Imran Khan' })).toBe(
        true,
      );
    });
  });

  it('the first look at the edges leaves open every name that reading the words would find embedded', () => {
    // Every pairing of what can stand before and after a name; the first look may only say "no" where the words do.
    const before = [
      '',
      'x ',
      'said. ',
      'said, ',
      'said; ',
      'said: ',
      '"',
      '(',
      'U.S. ',
      'No. 7 ',
      'the ',
      'of ',
      'and ',
      'for ',
      'bin ',
      'al-',
      'Tehreek-e-',
      'Chairman ',
      'Dera Ismail ',
      'University of ',
      'Jammu and ',
      'Raja Pervez ',
      'University of  ',
      'Dera Ismail  ',
      'Tehreek-e- ',
      'one - ',
      'one  ',
      'one\t',
      'one\u00a0',
      'Yesterday ',
      'A. ',
      'word\n',
      'x — ',
      "Khan's ",
    ];
    const after = [
      '',
      ' said',
      '.',
      '. Then',
      ' Air Force',
      ' Cricket Board',
      '-e-Insaf',
      ' (Amendment) Bill',
      '’s office',
      ' and',
      ' Prime Minister',
      ' PK',
      '-Iran border',
      ' - Iran',
      ' University',
      ', Lahore',
    ];
    const names = ['Pakistan', 'Imran Khan', 'Khan', 'PTI'];
    let open = 0;
    for (const left of before)
      for (const right of after)
        for (const name of names) {
          const text = `${left}${name}${right}`;
          const ctx = context(text, [name, 'Iran']);
          const [start, end] = [left.length, left.length + name.length];
          for (const place of [false, true]) {
            const read = readEdges(ctx, start, end, place);
            expect(isEmbedded(ctx, start, end, place), text).toBe(read);
            if (read) open++;
          }
        }
    // The pairings do reach the word-by-word reading's "embedded" answers, not only its easy "no".
    expect(open).toBeGreaterThan(50);
  });

  describe('on a page', () => {
    it('leaves a known name inside a longer name unlinked and links the rest', () => {
      expect(
        mentions('The Pakistan Air Force said. The Election Commission of Pakistan agreed. Dera Ismail Khan was calm.'),
      ).toEqual([]);
      expect(mentions('Governor Imran Ismail met Imran Khan in Islamabad.')).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('links a title, a possessive and two names side by side', () => {
      expect(
        mentions(
          'The Pakistan Prime Minister met Prime Minister Shehbaz Sharif on the Pakistan-Iran border. Pakistan’s leadership agreed.',
        ),
      ).toEqual([
        ['Pakistan', 'place/pakistan'],
        ['Shehbaz Sharif', 'person/shehbaz-sharif'],
        ['Pakistan', 'place/pakistan'],
        ['Iran', 'place/iran'],
        ['Pakistan', 'place/pakistan'],
      ]);
    });

    it('links "Kashmir" alone, but not in "Jammu and Kashmir" when the page never writes "Jammu" without it', () => {
      expect(mentions('Jammu and Kashmir voted. Jammu and Kashmir is calm.')).toEqual([]);
      const page = 'Jammu and Kashmir voted. Kashmir is calm.';
      expect(findMentions(matcher, [page]).map((m) => m.start)).toEqual([page.lastIndexOf('Kashmir')]);
      expect(mentions('Jammu and Kashmir voted. Jammu is calm.')).toEqual([['Kashmir', 'place/kashmir']]);
    });

    it('links the affiliation after a person’s name and the country after a title’s "of" phrase', () => {
      expect(mentions('Omar Ayub Khan of Pakistan Tehreek-e-Insaf spoke.')).toEqual([
        ['Pakistan Tehreek-e-Insaf', 'group/pti'],
      ]);
      expect(mentions('the former prime minister of Pakistan Nawaz Sharif said')).toEqual([
        ['Pakistan', 'place/pakistan'],
      ]);
    });

    it('leaves a bill and a foreign air force unlinked', () => {
      expect(
        mentions(
          'Imran Khan spoke in Islamabad.',
          'The Pakistan Army (Amendment) Bill was passed. The U.S. Air Force flew.',
        ),
      ).toEqual([
        ['Imran Khan', 'person/imran-khan'],
        ['Islamabad', 'place/islamabad'],
      ]);
    });

    it('links names in a Title Case headline, but not inside an organisation’s name', () => {
      expect(mentions('Police Arrest Imran Khan Supporters')).toEqual([['Imran Khan', 'person/imran-khan']]);
      expect(mentions('Pakistan Air Force Jets Strike Targets')).toEqual([]);
    });

    it('links a name whose own last word is an acronym', () => {
      expect(mentions('A meeting at the Khabar PK Press Club was held.')).toEqual([['Khabar PK', 'group/khabar-pk']]);
    });

    it('links the name after a word that only opens the sentence', () => {
      expect(mentions('Yesterday Imran Khan said he would appeal.')).toEqual([['Imran Khan', 'person/imran-khan']]);
    });

    it('leaves a name before a "for" in a longer name unlinked', () => {
      expect(mentions('Transport for Islamabad runs the buses.')).toEqual([]);
      expect(mentions('Support for Pakistan grew. The support was broad.')).toEqual([['Pakistan', 'place/pakistan']]);
    });

    it.todo(
      'links a place after "and" when the word before it appears only once on the page ("China and Pakistan signed a pact.")',
    );
    it('does not link a place that opens an organisation’s name after a title’s "of"', () => {
      expect(mentions('The chairman of Pakistan Cricket Board said so.')).toEqual([]);
    });
  });
});
