import { describe, expect, it } from 'vitest';
import {
  acronymLetters,
  findDefinitions,
  indexParentheses,
  initialsSpell,
  isCredit,
  isGluedToSymbol,
} from './acronyms';
import { isLetterCode, wordEnd, type WordSpan } from './words';

/** The words of `text`, as the definition finder reads them (hyphenated parts are words). */
function wordsOf(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  for (let i = 0; i < text.length;) {
    if (isLetterCode(text.charCodeAt(i))) {
      const end = wordEnd(text, i, text.length);
      words.push({ start: i, end });
      i = end;
    } else i++;
  }
  return words;
}

const spells = (name: string, letters: string): boolean => initialsSpell(name, wordsOf(name), letters);

/** The expansions of `acronym` that `text` defines, as written. */
function definitions(text: string, acronym: string): string[] {
  return findDefinitions(text, acronym).map((d) => text.slice(d.start, d.end));
}

/** Whether the `nth` occurrence of `acronym` in `text` is a credit line; `cuts` are block boundaries. */
function credit(text: string, acronym: string, nth = 0, cuts: readonly number[] = []): boolean {
  let at = text.indexOf(acronym);
  for (let n = 0; n < nth; n++) at = text.indexOf(acronym, at + 1);
  if (at < 0) throw new Error(`"${acronym}" is not in "${text}"`);
  return isCredit(text, at, at + acronym.length, (start, end) => cuts.some((cut) => start < cut && cut < end));
}

describe('acronyms', () => {
  describe('acronymLetters', () => {
    it('keeps only the letters, in upper case', () => {
      expect(acronymLetters('PTI')).toBe('PTI');
      expect(acronymLetters('U.S.')).toBe('US');
      expect(acronymLetters('PML-N')).toBe('PMLN');
      expect(acronymLetters('Pemra')).toBe('PEMRA');
    });
  });

  describe('initialsSpell', () => {
    it('spells the acronym from the initials of the words', () => {
      expect(spells('Pakistan Peoples Party', 'PPP')).toBe(true);
      expect(spells('Shanghai Cooperation Organization', 'SCO')).toBe(true);
      expect(spells('public-private partnership', 'PPP')).toBe(true);
    });

    it('skips connectors and izafat particles, and counts hyphenated parts as words', () => {
      expect(spells('Election Commission of Pakistan', 'ECP')).toBe(true);
      expect(spells('Press Trust of India', 'PTI')).toBe(true);
      expect(spells('Pakistan Tehreek-e-Insaf', 'PTI')).toBe(true);
      expect(spells('Tehreek-e-Taliban Pakistan', 'TTP')).toBe(true);
      expect(spells('Bank of the Punjab', 'BOP')).toBe(false);
    });

    it('lets inner capitals give more letters ("PakTurk")', () => {
      expect(spells('PakTurk Schools', 'PTS')).toBe(true);
      expect(spells('Pakturk Schools', 'PTS')).toBe(false);
    });

    it('needs every letter and no other word', () => {
      expect(spells('Pakistan Muslim League', 'PMLN')).toBe(false);
      expect(spells('Pakistan Muslim League Nawaz', 'PML')).toBe(false);
      expect(spells('Imran Khan', 'PTI')).toBe(false);
      expect(spells('', 'PTI')).toBe(false);
      expect(initialsSpell('of the', wordsOf('of the'), '')).toBe(false);
    });
  });

  describe('indexParentheses', () => {
    it('indexes short parentheses by what they hold', () => {
      const text = 'The Pakistan Peoples Party (PPP) and (PPP) again; (which he founded years ago)';
      const { holding } = indexParentheses(text);
      expect(holding.get('PPP')).toEqual([text.indexOf('(PPP)'), text.lastIndexOf('(PPP)')]);
      expect([...holding.keys()]).toEqual(['PPP']);
    });

    it('indexes the whole word right before " ("', () => {
      const text = 'The PTI (Pakistan Tehreek-e-Insaf) and the XPTI (a test) and PTI(no space)';
      const { after } = indexParentheses(text);
      expect(after.get('PTI')).toEqual([text.indexOf('PTI')]);
      expect(after.get('XPTI')).toEqual([text.indexOf('XPTI')]);
      expect(after.has('Insaf')).toBe(false);
    });
  });

  describe('findDefinitions', () => {
    it('finds "Full Name (ACR)", the expansion ending right before the parenthesis', () => {
      // Only the end of an expansion is used; its start may take in connectors before it ("of the …").
      expect(definitions('Leaders of the Pakistan Peoples Party (PPP) met.', 'PPP')).toEqual([
        expect.stringMatching(/Pakistan Peoples Party$/u),
      ]);
      expect(definitions('a public-private partnership (PPP) was signed', 'PPP')).toEqual([
        'public-private partnership',
      ]);
      expect(definitions('NEW DELHI: the Press Trust of India (PTI) said', 'PTI')).toEqual([
        expect.stringMatching(/Press Trust of India$/u),
      ]);
    });

    it('finds "ACR (Full Name)"', () => {
      expect(definitions('The PTI (Pakistan Tehreek-e-Insaf) said so.', 'PTI')).toEqual(['Pakistan Tehreek-e-Insaf']);
      expect(definitions('The PTI (Press Trust of India) said so.', 'PTI')).toEqual(['Press Trust of India']);
    });

    it('finds every definition on the text', () => {
      const text = 'The Pakistan Peoples Party (PPP) and a public-private partnership (PPP) deal.';
      expect(definitions(text, 'PPP').map((d) => d.split(' ').at(-1))).toEqual(['Party', 'partnership']);
    });

    it('finds nothing where the words do not spell the acronym', () => {
      expect(definitions('Imran Khan (PTI) said.', 'PTI')).toEqual([]);
      expect(definitions('The PTI (which he founded) said.', 'PTI')).toEqual([]);
      expect(definitions('The PTI said so.', 'PTI')).toEqual([]);
    });

    it('does not read the expansion across punctuation', () => {
      expect(definitions('In Pakistan, Peoples Party (PPP) leaders met.', 'PPP')).toEqual([]);
      expect(definitions('In Pakistan Peoples Party (PPP) leaders met.', 'PPP')).toEqual(['Pakistan Peoples Party']);
    });

    it('does not take an acronym at the end of a longer word ("XPTI (…)")', () => {
      expect(definitions('The XPTI (Pakistan Tehreek-e-Insaf) said.', 'PTI')).toEqual([]);
    });

    it('does not take a long parenthesis or one with too many words as an expansion', () => {
      const long = `The PTI (Pakistan Tehreek ${' '.repeat(120)}Insaf) said.`;
      expect(definitions(long, 'PTI')).toEqual([]);
      expect(definitions('The PTI (Pakistan of the of the Tehreek of Insaf) said.', 'PTI')).toEqual([]);
    });
  });

  describe('isGluedToSymbol', () => {
    it('is true before a currency sign or a digit ("US$60", "F16")', () => {
      expect(isGluedToSymbol('US$60 million', 2)).toBe(true);
      expect(isGluedToSymbol('F16 jets', 1)).toBe(true);
    });

    it('is true before a hyphen and a digit ("NA-130")', () => {
      expect(isGluedToSymbol('NA-130 Lahore', 2)).toBe(true);
    });

    it('is false before a space, punctuation or a hyphen and a letter', () => {
      expect(isGluedToSymbol('US said', 2)).toBe(false);
      expect(isGluedToSymbol('PML-N said', 3)).toBe(false);
      expect(isGluedToSymbol('US-Pakistan ties', 2)).toBe(false);
      expect(isGluedToSymbol('PTI.', 3)).toBe(false);
      expect(isGluedToSymbol('PTI', 3)).toBe(false);
    });
  });

  describe('isCredit', () => {
    it('takes a parenthesis after a dateline in capitals as a credit ("NEW DELHI (PTI)")', () => {
      expect(credit('NEW DELHI (PTI): India said so.', 'PTI')).toBe(true);
      expect(credit('ISLAMABAD (AFP) \u2014 Talks resumed.', 'AFP')).toBe(true);
      expect(credit('Islamabad, Jan 16 (PTI): Talks resumed.', 'PTI')).toBe(true);
    });

    it('takes a parenthesis that ends a paragraph, or opens a line, as a credit', () => {
      expect(credit('Talks resumed on Monday. (AFP)\nThe next day...', 'AFP')).toBe(true);
      expect(credit('Talks resumed on Monday (AFP).', 'AFP')).toBe(true);
      expect(credit('Talks resumed.\n(AFP) The next day...', 'AFP')).toBe(true);
    });

    it('does not take a parenthesis inside a sentence as a credit', () => {
      expect(credit('Members of the party (PTI) said so.', 'PTI')).toBe(false);
    });

    it('takes "…, PTI reported" and "AFP photo" as credits', () => {
      expect(credit('The talks failed, PTI reported.', 'PTI')).toBe(true);
      expect(credit('The talks failed, PTI reports.', 'PTI')).toBe(true);
      expect(credit('An AFP photo of the rally.', 'AFP')).toBe(true);
      expect(credit('PTI said the talks failed.', 'PTI')).toBe(false);
    });

    it('takes a photo or source line as a credit ("Photo: AFP", "Courtesy AFP")', () => {
      expect(credit('Photo: AFP', 'AFP')).toBe(true);
      expect(credit('Police at the rally. File image via AFP', 'AFP')).toBe(true);
      expect(credit('Courtesy AFP', 'AFP')).toBe(true);
    });

    it('takes a slash between agencies as a credit ("Reuters/AFP")', () => {
      expect(credit('Photo Reuters/AFP', 'AFP')).toBe(true);
      expect(credit('AFP/Reuters', 'AFP')).toBe(true);
    });

    it('takes "with inputs from PTI" as a credit, not any "from PTI"', () => {
      expect(credit('With inputs from PTI', 'PTI')).toBe(true);
      expect(credit('He defected from PTI to the PPP.', 'PTI')).toBe(false);
    });

    it('takes a dash and the agency closing a paragraph as a credit ("— AFP")', () => {
      expect(credit('Talks resumed on Monday. \u2014 AFP\nNext story', 'AFP')).toBe(true);
      expect(credit('Talks resumed on Monday - AFP', 'AFP')).toBe(true);
      expect(credit('Talks resumed on Monday \u2014 AFP said.', 'AFP')).toBe(false);
    });

    it('does not read a credit word on another line or across a block boundary', () => {
      expect(credit('The photo\nAFP leaders met.', 'AFP')).toBe(false);
      expect(credit('Photo  AFP leaders met.', 'AFP')).toBe(true);
      expect(credit('Photo  AFP leaders met.', 'AFP', 0, [6])).toBe(false);
    });
  });
});
