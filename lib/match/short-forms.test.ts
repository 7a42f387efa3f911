import { describe, expect, it } from 'vitest';
import { NOBODY, ShortFormReferents, UNSEEN, type FullName } from './short-forms';

const IMRAN = 0;
const ATIF = 1;
const BUSHRA = 2;

/** The known full names of a text: every occurrence of each `[name, entity]`. */
function fullNames(text: string, known: readonly [string, number][]): FullName[] {
  const found: FullName[] = [];
  for (const [name, entity] of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) found.push({ start: at, end: at + name.length, entity });
  }
  return found.sort((a, b) => a.start - b.start);
}

const KNOWN: [string, number][] = [
  ['Imran Khan', IMRAN],
  ['Atif Khan', ATIF],
  ['Bushra Khan', BUSHRA],
];

/** Bushra Khan is known, but not called "Khan". */
const calledKhan = (entity: number): boolean => entity === IMRAN || entity === ATIF;

/** The referent of each standalone "Khan" (inside no full name, known or not) in `text`, in order. */
function referents(text: string, cuts: readonly number[] = [], word = 'Khan'): number[] {
  const names = fullNames(text, KNOWN);
  const finder = new ShortFormReferents(text, names, (start, end) => cuts.some((cut) => start < cut && cut < end));
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/\p{L}/u.test(text[end] ?? '') || names.some((n) => n.start <= at && end <= n.end) || finder.isInLongerName(at, end)) continue;
    out.push(finder.referentAt(at, end, calledKhan));
  }
  return out;
}

/** A fresh finder over `text`, for its other questions. */
function finder(text: string, cuts: readonly number[] = []): ShortFormReferents {
  return new ShortFormReferents(text, fullNames(text, KNOWN), (start, end) => cuts.some((cut) => start < cut && cut < end));
}

/** `[start, end)` of the `nth` occurrence of `word` in `text`. */
function at(text: string, word: string, nth = 0): [number, number] {
  let found = text.indexOf(word);
  for (let n = 0; n < nth; n++) found = text.indexOf(word, found + 1);
  return [found, found + word.length];
}

describe('short-forms', () => {
  describe('referentAt', () => {
    it('gives the most recent known person whose name carries the word', () => {
      expect(referents('Imran Khan met Atif Khan. Khan said little.')).toEqual([ATIF]);
      expect(referents('Atif Khan met Imran Khan. Khan said little.')).toEqual([IMRAN]);
      expect(referents('Atif Khan spoke. Khan left. Imran Khan spoke. Khan stayed.')).toEqual([ATIF, IMRAN]);
    });

    it('gives NOBODY when the most recent bearer is not in the knowledge base ("Hamid Khan")', () => {
      expect(referents('Imran Khan spoke. His lawyer Hamid Khan said Khan would appeal.')).toEqual([NOBODY]);
      expect(referents('Imran Khan spoke. Later Khan Niazi replied, and Khan left.')).toEqual([NOBODY]);
    });

    it('passes over a known person who does not go by the word ("Bushra Khan")', () => {
      expect(referents('Imran Khan spoke. Bushra Khan visited him. Khan said he was well.')).toEqual([IMRAN]);
      expect(referents('Bushra Khan visited him. Khan said he was well.')).toEqual([UNSEEN]);
    });

    it('gives UNSEEN when no one on the text carries the word before it', () => {
      expect(referents('Khan spoke first. Later Imran Khan arrived.')).toEqual([UNSEEN]);
      expect(referents('Khan spoke. Khan left.')).toEqual([UNSEEN, UNSEEN]);
    });

    it('remembers what it found for the next occurrence of the same word', () => {
      expect(referents('Imran Khan spoke. Khan left. Later Khan returned, and Khan smiled.')).toEqual([IMRAN, IMRAN, IMRAN]);
      expect(referents('Imran Khan spoke. Khan left. Hamid Khan replied. Khan smiled. Atif Khan came. Khan agreed.')).toEqual([IMRAN, NOBODY, ATIF]);
    });

    it('counts only whole words as bearers ("Khanzada" bears no "Khan")', () => {
      expect(referents('Imran Khan spoke. Hamid Khanzada replied. Khan agreed.')).toEqual([IMRAN]);
    });

    it('does not take a name across a block boundary as a bearer', () => {
      const text = 'Imran Khan spoke. Hamid  Khan arrived. Khan said so.';
      const [start, end] = at(text, 'Khan', 2);
      expect(new ShortFormReferents(text, fullNames(text, KNOWN), () => false).referentAt(start, end, calledKhan)).toBe(NOBODY);
      const cut = text.indexOf('Hamid') + 6;
      expect(new ShortFormReferents(text, fullNames(text, KNOWN), (s, e) => s < cut && cut < e).referentAt(start, end, calledKhan)).toBe(IMRAN);
    });
  });

  describe('isInLongerName', () => {
    it('is true next to a capitalised word that is not a title ("Hamid Khan", "Khan Niazi")', () => {
      const text = 'Hamid Khan met Khan Niazi.';
      expect(finder(text).isInLongerName(...at(text, 'Khan'))).toBe(true);
      expect(finder(text).isInLongerName(...at(text, 'Khan', 1))).toBe(true);
    });

    it('is false after a title or a word that opens sentences ("Mr Khan", "Yesterday Khan")', () => {
      for (const text of ['Mr Khan said.', 'They met Prime Minister Khan.', 'Yesterday Khan said.', 'It rained. However Khan said.']) {
        expect(finder(text).isInLongerName(...at(text, 'Khan')), text).toBe(false);
      }
    });

    it('is false next to a lower-case word, an acronym or punctuation', () => {
      for (const text of ['They said Khan left.', 'The PTI Khan said.', 'Khan PTI said.', 'Niazi, Khan said.', 'Khan, Niazi said.', 'Khan-Niazi said.']) {
        expect(finder(text).isInLongerName(...at(text, 'Khan')), text).toBe(false);
      }
    });

    it('is false before a possessive ("Khan’s Lawyers")', () => {
      expect(finder('Khan’s Lawyers said.').isInLongerName(0, 4)).toBe(false);
      expect(finder("Khan's Lawyers said.").isInLongerName(0, 4)).toBe(false);
    });

    it('does not look across a block boundary', () => {
      const text = 'Hamid  Khan said.';
      expect(finder(text).isInLongerName(...at(text, 'Khan'))).toBe(true);
      expect(finder(text, [6]).isInLongerName(...at(text, 'Khan'))).toBe(false);
      const after = 'Khan  Niazi said.';
      expect(finder(after).isInLongerName(0, 4)).toBe(true);
      expect(finder(after, [5]).isInLongerName(0, 4)).toBe(false);
    });
  });

  describe('isAttributive', () => {
    it('is true after an article and before a lower-case noun ("a Baloch advocacy group", "the Baloch community")', () => {
      for (const text of ['a Baloch advocacy group', 'The Baloch community marched.', 'an Achakzai family elder']) {
        const word = text.includes('Baloch') ? 'Baloch' : 'Achakzai';
        expect(finder(text).isAttributive(...at(text, word)), text).toBe(true);
      }
    });

    it('is false without an article, before a capitalised word or punctuation', () => {
      for (const text of ['Baloch said so.', 'They met Baloch yesterday.', 'the Baloch Students Organisation', 'They met the Baloch.', 'the Baloch, she said']) {
        expect(finder(text).isAttributive(...at(text, 'Baloch')), text).toBe(false);
      }
    });
  });
});
