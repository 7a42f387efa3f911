import { describe, expect, it } from 'vitest';
import {
  BELONGING_WORDS,
  COMMON_HEADS,
  CONNECTOR_WORDS,
  JOINING_PARTICLES,
  ORGANISATION_HEADS,
  SENTENCE_WORDS,
  TITLE_WORDS,
} from './word-lists';
import {
  Gap,
  hasPossessive,
  isAllCaps,
  isCapitalised,
  isLetterCode,
  isLowerCode,
  isUpperCode,
  lowerWord,
  nextWord,
  previousWord,
  startsSentence,
  wordEnd,
  wordStart,
  type WordSpan,
} from './words';

/** The span of the `nth` occurrence of `word` in `text`. */
function span(text: string, word: string, nth = 0): WordSpan {
  let at = text.indexOf(word);
  for (let n = 0; n < nth; n++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`"${word}" is not in "${text}"`);
  return { start: at, end: at + word.length };
}

const slice = (text: string, word: WordSpan | undefined): string | undefined =>
  word ? text.slice(word.start, word.end) : undefined;

describe('words', () => {
  describe('letters and case', () => {
    it('tells upper-case, lower-case and uncased letters apart', () => {
      expect(isUpperCode('A'.charCodeAt(0))).toBe(true);
      expect(isUpperCode('É'.charCodeAt(0))).toBe(true);
      expect(isLowerCode('a'.charCodeAt(0))).toBe(true);
      expect(isUpperCode('a'.charCodeAt(0))).toBe(false);
      // Urdu letters and digits have no case.
      expect(isUpperCode('ع'.charCodeAt(0))).toBe(false);
      expect(isLowerCode('ع'.charCodeAt(0))).toBe(false);
      expect(isUpperCode('7'.charCodeAt(0))).toBe(false);
      expect(isLowerCode('7'.charCodeAt(0))).toBe(false);
    });

    it('counts letters and digits of any script as word characters, and nothing else', () => {
      expect(isLetterCode('K'.charCodeAt(0))).toBe(true);
      expect(isLetterCode('خ'.charCodeAt(0))).toBe(true);
      expect(isLetterCode('4'.charCodeAt(0))).toBe(true);
      expect(isLetterCode(' '.charCodeAt(0))).toBe(false);
      expect(isLetterCode('-'.charCodeAt(0))).toBe(false);
      expect(isLetterCode('.'.charCodeAt(0))).toBe(false);
    });
  });

  describe('word edges', () => {
    it('ends a word at a space, a hyphen or punctuation, or at the limit', () => {
      const text = 'Imran Khan-Niazi, PML-N.';
      expect(wordEnd(text, 0, text.length)).toBe(5);
      expect(wordEnd(text, 6, text.length)).toBe(10);
      expect(wordEnd(text, 11, text.length)).toBe(16);
      expect(wordEnd(text, 18, text.length)).toBe(21);
      expect(wordEnd('Islamabad', 0, 4)).toBe(4);
    });

    it('keeps a full stop between two letters inside the word ("U.S"), but not a closing one', () => {
      const text = 'The U.S. envoy';
      expect(slice(text, { start: 4, end: wordEnd(text, 4, text.length) })).toBe('U.S');
      expect(wordEnd('Khan. Later', 0, 11)).toBe(4);
    });

    it('reads combining marks and joiners as part of the word', () => {
      const text = 'Jose\u0301 Marti';
      expect(wordEnd(text, 0, text.length)).toBe(5);
      expect(wordEnd('ab\u200dcd ef', 0, 8)).toBe(5);
    });

    it('finds the start of the word that ends at an offset, through a full stop between letters', () => {
      const text = 'met the U.S envoy';
      const us = span(text, 'U.S');
      expect(wordStart(text, us.end, 0)).toBe(us.start);
      const khan = span('Imran Khan', 'Khan');
      expect(wordStart('Imran Khan', khan.end, 0)).toBe(khan.start);
      expect(wordStart('Imran Khan', khan.end, 8)).toBe(8);
    });
  });

  describe('neighbouring words', () => {
    it('reads a gap of spaces, tabs or no-break spaces on one line as Space', () => {
      for (const text of ['Pakistan Air', 'Pakistan  Air', 'Pakistan\tAir', 'Pakistan\u00a0Air']) {
        const next = nextWord(text, 8, text.length);
        expect(slice(text, next?.word), text).toBe('Air');
        expect(next?.gap, text).toBe(Gap.Space);
      }
    });

    it('reads one hyphen, with or without spaces, as Hyphen', () => {
      for (const text of ['Pakistan-Iran', 'Pakistan - Iran', 'Pakistan\u2011Iran', 'Pakistan\u2010Iran']) {
        const next = nextWord(text, 8, text.length);
        expect(slice(text, next?.word), text).toBe('Iran');
        expect(next?.gap, text).toBe(Gap.Hyphen);
      }
    });

    it('reads punctuation, a line break, two hyphens, a dash or a possessive as Other', () => {
      for (const text of [
        'Pakistan, Iran',
        'Pakistan\nIran',
        'Pakistan--Iran',
        'Pakistan \u2013 Iran',
        'Pakistan. Iran',
      ]) {
        expect(nextWord(text, 8, text.length)?.gap, text).toBe(Gap.Other);
      }
      const possessive = "Khan's lawyers";
      const next = nextWord(possessive, 4, possessive.length);
      expect(slice(possessive, next?.word)).toBe('s');
      expect(next?.gap).toBe(Gap.Other);
    });

    it('gives no neighbour across a gap longer than four characters, nor at the edge of the text', () => {
      expect(nextWord('Khan    Niazi', 4, 13)?.word).toEqual({ start: 8, end: 13 });
      expect(nextWord('Khan     Niazi', 4, 14)).toBeNull();
      expect(previousWord('Imran     Khan', 10, 0)).toBeNull();
      expect(nextWord('Imran Khan', 10, 10)).toBeNull();
      expect(nextWord('Imran Khan.', 10, 11)).toBeNull();
      expect(previousWord('Imran Khan', 0, 0)).toBeNull();
      expect(previousWord('Imran Khan', 6, 6)).toBeNull();
    });

    it('finds the word before, with the gap between', () => {
      const text = 'Mr Khan, Pakistan-Iran';
      const mr = previousWord(text, 3, 0);
      expect(slice(text, mr?.word)).toBe('Mr');
      expect(mr?.gap).toBe(Gap.Space);
      const khan = previousWord(text, 9, 0);
      expect(slice(text, khan?.word)).toBe('Khan');
      expect(khan?.gap).toBe(Gap.Other);
      const pakistan = previousWord(text, 18, 0);
      expect(slice(text, pakistan?.word)).toBe('Pakistan');
      expect(pakistan?.gap).toBe(Gap.Hyphen);
    });
  });

  describe('possessives', () => {
    it('recognises straight, curly and modifier apostrophes after a word', () => {
      for (const text of ["Khan's", 'Khan’s', 'Khan‘s', 'Khanʼs'])
        expect(hasPossessive(text, 4, text.length), text).toBe(true);
      expect(hasPossessive("Abbas' remarks", 5, 14)).toBe(true);
    });

    it('is false for any other character and at the limit', () => {
      expect(hasPossessive('Khan said', 4, 9)).toBe(false);
      expect(hasPossessive('Khan-Niazi', 4, 10)).toBe(false);
      expect(hasPossessive("Khan's", 4, 4)).toBe(false);
    });
  });

  describe('capitals', () => {
    it('calls a word capitalised when its first letter is upper case', () => {
      const text = 'Imran khan ISLAMABAD';
      expect(isCapitalised(text, span(text, 'Imran'))).toBe(true);
      expect(isCapitalised(text, span(text, 'khan'))).toBe(false);
      expect(isCapitalised(text, span(text, 'ISLAMABAD'))).toBe(true);
    });

    it('calls a word all capitals when it has two letters or more and no lower-case letter', () => {
      const text = 'PTI ISLAMABAD U.S A Pti PTIs';
      expect(isAllCaps(text, span(text, 'PTI'))).toBe(true);
      expect(isAllCaps(text, span(text, 'ISLAMABAD'))).toBe(true);
      expect(isAllCaps(text, span(text, 'U.S'))).toBe(true);
      expect(isAllCaps(text, { start: 18, end: 19 })).toBe(false);
      expect(isAllCaps(text, span(text, 'Pti'))).toBe(false);
      expect(isAllCaps(text, span(text, 'PTIs'))).toBe(false);
    });

    it('never calls a word of an uncased script all capitals, and lets digits stand among capitals', () => {
      const text = 'عمران خان F16 NA1';
      expect(isAllCaps(text, span(text, 'عمران'))).toBe(false);
      expect(isAllCaps(text, span(text, 'F16'))).toBe(true);
      expect(isAllCaps(text, span(text, 'NA1'))).toBe(true);
      expect(isAllCaps('16', { start: 0, end: 2 })).toBe(false);
    });

    it('lower-cases a word without copying more than the word', () => {
      const text = 'The PRIME Minister';
      expect(lowerWord(text, span(text, 'PRIME'))).toBe('prime');
    });
  });

  describe('sentence openings', () => {
    it('opens a sentence at the start of the text and after a full stop, a question or exclamation mark', () => {
      expect(startsSentence('Imran Khan said', 0, 0)).toBe(true);
      for (const text of ['He left. Imran', 'He left? Imran', 'He left! Imran'])
        expect(startsSentence(text, text.indexOf('Imran'), 0), text).toBe(true);
    });

    it('opens a sentence after a line break, a dateline colon, a dash, a bar or an ellipsis', () => {
      for (const text of [
        'He left.\nImran',
        'He left\rImran',
        'ISLAMABAD: Imran',
        'Islamabad \u2014 Imran',
        'Islamabad \u2013 Imran',
        'Islamabad - Imran',
        'News | Imran',
        'So\u2026 Imran',
      ]) {
        expect(startsSentence(text, text.indexOf('Imran'), 0), JSON.stringify(text)).toBe(true);
      }
    });

    it('looks through spaces, opening quotes and an opening parenthesis', () => {
      for (const text of [
        'He left. "Imran',
        'He left. \u201cImran',
        'He left. \u2018Imran',
        'He left. (Imran',
        'He left.  \u00a0Imran',
      ]) {
        expect(startsSentence(text, text.indexOf('Imran'), 0), text).toBe(true);
      }
    });

    it('does not open a sentence after a word or a comma', () => {
      expect(startsSentence('They said Imran', 10, 0)).toBe(false);
      expect(startsSentence('They said, Imran', 11, 0)).toBe(false);
      expect(startsSentence('They said "Imran', 11, 0)).toBe(false);
    });

    it('opens a sentence at the floor', () => {
      expect(startsSentence('They said Imran', 10, 10)).toBe(true);
      expect(startsSentence('They said Imran', 10, 9)).toBe(true);
    });
  });

  describe('word lists', () => {
    it('holds titles and words of office, not names', () => {
      for (const word of [
        'mr',
        'dr',
        'prime',
        'minister',
        'chief',
        'general',
        'chairman',
        'spokesperson',
        'former',
        'pm',
        'coas',
        'mna',
      ])
        expect(TITLE_WORDS.has(word), word).toBe(true);
      for (const word of ['khan', 'pakistan', 'party', 'Minister']) expect(TITLE_WORDS.has(word), word).toBe(false);
    });

    it('holds the head words that only end organisations apart from common nouns', () => {
      for (const word of ['force', 'commission', 'party', 'university', 'assembly', 'tehreek', 'league'])
        expect(ORGANISATION_HEADS.has(word), word).toBe(true);
      for (const word of ['court', 'bank', 'hospital', 'club', 'army', 'district']) {
        expect(COMMON_HEADS.has(word), word).toBe(true);
        expect(ORGANISATION_HEADS.has(word), word).toBe(false);
      }
      expect([...ORGANISATION_HEADS].filter((w) => COMMON_HEADS.has(w))).toEqual([]);
    });

    it('holds the words of things that belong to an entity', () => {
      for (const word of ['charter', 'case', 'agreement', 'declaration', 'budget', 'visit'])
        expect(BELONGING_WORDS.has(word), word).toBe(true);
      expect(BELONGING_WORDS.has('force')).toBe(false);
    });

    it('holds connectors, and every izafat particle is also a connector', () => {
      for (const word of ['of', 'the', 'bin', 'ul', 'e', 'i', 'van'])
        expect(CONNECTOR_WORDS.has(word), word).toBe(true);
      for (const word of ['e', 'i', 'ul', 'ud', 'al', 'el']) expect(JOINING_PARTICLES.has(word), word).toBe(true);
      expect(JOINING_PARTICLES.has('of')).toBe(false);
      expect(JOINING_PARTICLES.has('bin')).toBe(false);
      for (const particle of JOINING_PARTICLES) expect(CONNECTOR_WORDS.has(particle), particle).toBe(true);
    });

    it('holds the capitalised words that only open sentences', () => {
      for (const word of ['yesterday', 'the', 'meanwhile', 'according', 'sources', 'mr', 'two'])
        expect(SENTENCE_WORDS.has(word), word).toBe(true);
      for (const word of ['imran', 'pakistan', 'minister']) expect(SENTENCE_WORDS.has(word), word).toBe(false);
    });

    it('keeps every list in lower case', () => {
      for (const list of [
        TITLE_WORDS,
        ORGANISATION_HEADS,
        COMMON_HEADS,
        BELONGING_WORDS,
        CONNECTOR_WORDS,
        JOINING_PARTICLES,
        SENTENCE_WORDS,
      ]) {
        for (const word of list) expect(word).toBe(word.toLowerCase());
      }
    });
  });
});
