import { describe, expect, it } from 'vitest';
import { findNames, type FoundName } from './name-finder';

/** The names of `text` as written; `cuts` are block boundaries. */
function names(text: string, cuts: readonly number[] = []): string[] {
  return found(text, cuts).map((n) => text.slice(n.start, n.end));
}

function found(text: string, cuts: readonly number[] = []): FoundName[] {
  return findNames(text, 0, text.length, (start, end) => cuts.some((cut) => start < cut && cut < end));
}

/** One found name, with its words and titles as written. */
function described(
  text: string,
  name: FoundName,
): { name: string; words: string[]; titles: string[]; acronym: boolean } {
  const written = (w: { start: number; end: number }) => text.slice(w.start, w.end);
  return {
    name: written(name),
    words: name.words.map(written),
    titles: name.titles.map(written),
    acronym: name.acronym,
  };
}

describe('name-finder', () => {
  it('finds runs of capitalised words joined by spaces', () => {
    expect(names('The talks between Imran Khan and Shehbaz Sharif in Islamabad ended.')).toEqual([
      'Imran Khan',
      'Shehbaz Sharif',
      'Islamabad',
    ]);
  });

  it('joins words across a hyphen, and across an izafat particle between hyphens ("Tehreek-e-Insaf")', () => {
    expect(names('They met in Khyber-Pakhtunkhwa.')).toEqual(['Khyber-Pakhtunkhwa']);
    expect(names('Leaders of Pakistan Tehreek-e-Insaf met.')).toEqual(['Pakistan Tehreek-e-Insaf']);
    expect(names('The Tehreek-i-Taliban Pakistan claimed it.')).toEqual(['Tehreek-i-Taliban Pakistan']);
    const [name] = found('The Tehreek-e-Insaf met.');
    expect(described('The Tehreek-e-Insaf met.', name!).words).toEqual(['Tehreek', 'e', 'Insaf']);
  });

  it('does not join across a hyphen and a word that is not a particle', () => {
    expect(names('The Pakistan-based group met.')).toEqual(['Pakistan']);
    expect(names('The Tehreek-of-Insaf met.')).toEqual(['Tehreek', 'Insaf']);
  });

  it('joins a connector only when a capitalised word follows it ("Election Commission of Pakistan")', () => {
    expect(names('The Election Commission of Pakistan said.')).toEqual(['Election Commission of Pakistan']);
    expect(names('He met Osama bin Laden once.')).toEqual(['Osama bin Laden']);
    expect(names('The Commission of inquiry met.')).toEqual(['Commission']);
    expect(names('The Commission of 2019 met.')).toEqual(['Commission']);
    expect(names('The Commission of inquiry Pakistan set up met.')).toEqual(['Commission', 'Pakistan']);
  });

  it('does not join across "the" ("Bank of the Punjab")', () => {
    expect(names('The Bank of the Punjab said.')).toEqual(['Bank', 'Punjab']);
    expect(names('The Bank the Punjab said.')).toEqual(['Bank', 'Punjab']);
  });

  it('ends a run at punctuation, a line break or a possessive', () => {
    expect(names('Imran, Khan said.')).toEqual(['Imran', 'Khan']);
    expect(names('Imran\nKhan said.')).toEqual(['Imran', 'Khan']);
    expect(names('Imran Khan’s Party met.')).toEqual(['Imran Khan', 'Party']);
    expect(names("Imran Khan's Party met.")).toEqual(['Imran Khan', 'Party']);
  });

  it('never reads a name across a block boundary', () => {
    expect(names('Imran  Khan said.')).toEqual(['Imran  Khan']);
    expect(names('Imran  Khan said.', [6])).toEqual(['Imran', 'Khan']);
    expect(names('Commission of  Pakistan said.', [14])).toEqual(['Commission', 'Pakistan']);
  });

  it('reads at most eight words into one run', () => {
    expect(names('Aa Bb Cc Dd Ee Ff Gg Hh Ii Jj met.')).toEqual(['Aa Bb Cc Dd Ee Ff Gg Hh', 'Ii Jj']);
  });

  it('splits a run at titles and keeps them beside the name that follows ("KP Chief Minister Sohail Afridi")', () => {
    const text = 'The KP Chief Minister Sohail Afridi spoke.';
    expect(found(text).map((n) => described(text, n))).toEqual([
      { name: 'KP', words: ['KP'], titles: [], acronym: true },
      { name: 'Sohail Afridi', words: ['Sohail', 'Afridi'], titles: ['Chief', 'Minister'], acronym: false },
    ]);
    const other = 'Prime Minister Shehbaz Sharif said.';
    expect(found(other).map((n) => described(other, n))).toEqual([
      { name: 'Shehbaz Sharif', words: ['Shehbaz', 'Sharif'], titles: ['Prime', 'Minister'], acronym: false },
    ]);
  });

  it('splits a run at an acronym, which is a name of its own ("PTI Chairman Gohar")', () => {
    const text = 'Then PTI Chairman Gohar Ali spoke at the PTI Lahore rally.';
    expect(found(text).map((n) => described(text, n))).toEqual([
      { name: 'PTI', words: ['PTI'], titles: [], acronym: true },
      { name: 'Gohar Ali', words: ['Gohar', 'Ali'], titles: ['Chairman'], acronym: false },
      { name: 'PTI', words: ['PTI'], titles: [], acronym: true },
      { name: 'Lahore', words: ['Lahore'], titles: [], acronym: false },
    ]);
    expect(found('The U.S. envoy left.').map((n) => n.acronym)).toEqual([true]);
  });

  it('keeps a run in capitals together, titles and all ("NEW DELHI", "PRIME MINISTER IMRAN KHAN")', () => {
    expect(names('NEW DELHI: talks began.')).toEqual(['NEW DELHI']);
    expect(found('PRIME MINISTER IMRAN KHAN SPEAKS').map((n) => n.titles.length)).toEqual([0]);
    expect(names('PRIME MINISTER IMRAN KHAN SPEAKS')).toEqual(['PRIME MINISTER IMRAN KHAN SPEAKS']);
    expect(found('NEW DELHI: talks began.')[0]!.acronym).toBe(false);
  });

  it('drops a capitalised word that only opens the sentence ("Yesterday Imran Khan")', () => {
    expect(names('Yesterday Imran Khan said so.')).toEqual(['Imran Khan']);
    expect(names('It rained. The Senate met.')).toEqual(['Senate']);
  });

  it('keeps the same word when it does not open the sentence ("in The Hague")', () => {
    expect(names('They met in The Hague.')).toEqual(['The Hague']);
  });

  it('trims connectors left at the edges after a split ("Minister of Pakistan")', () => {
    const text = 'The Minister of Pakistan spoke.';
    expect(found(text).map((n) => described(text, n))).toEqual([
      { name: 'Pakistan', words: ['Pakistan'], titles: ['Minister'], acronym: false },
    ]);
  });

  it('finds names only inside the range it is given', () => {
    const text = 'Imran Khan met Shehbaz Sharif.';
    expect(findNames(text, 6, text.length).map((n) => text.slice(n.start, n.end))).toEqual(['Khan', 'Shehbaz Sharif']);
    expect(findNames(text, 0, 12).map((n) => text.slice(n.start, n.end))).toEqual(['Imran Khan']);
  });

  it('does not start a name inside a word or at a lower-case word', () => {
    expect(names('the iPhone and eBay sold')).toEqual([]);
    expect(names('McDonald opened.')).toEqual(['McDonald']);
  });
});
