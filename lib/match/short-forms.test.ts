import { describe, expect, it } from 'vitest';
import { NOBODY, ShortFormBearers, UNSEEN, isAttributive, isInLongerName } from './short-forms';

const KHAN = 7;
const SHARIF = 9;
const KEY_COUNT = 10;
const IMRAN = 0;
const ATIF = 1;

/** `[start, end)` of the `nth` occurrence of `word` in `text`. */
function at(text: string, word: string, nth = 0): [number, number] {
  let found = text.indexOf(word);
  for (let n = 0; n < nth; n++) found = text.indexOf(word, found + 1);
  if (found < 0) throw new Error(`"${word}" is not in "${text}"`);
  return [found, found + word.length];
}

/** Whether the `nth` "Khan" (or `word`) of `text` is part of a longer name; `cuts` are block boundaries. */
function inLongerName(text: string, word = 'Khan', nth = 0, cuts: readonly number[] = []): boolean {
  return isInLongerName(text, ...at(text, word, nth), (start, end) => cuts.some((cut) => start < cut && cut < end));
}

describe('short-forms', () => {
  describe('ShortFormBearers', () => {
    it('has no referent for a short form nobody has borne yet', () => {
      expect(new ShortFormBearers(KEY_COUNT).referent(KHAN)).toBe(UNSEEN);
    });

    it('gives the latest bearer of each short form', () => {
      const bearers = new ShortFormBearers(KEY_COUNT);
      bearers.bear(KHAN, IMRAN);
      expect(bearers.referent(KHAN)).toBe(IMRAN);
      bearers.bear(KHAN, ATIF);
      expect(bearers.referent(KHAN)).toBe(ATIF);
      bearers.bear(KHAN, IMRAN);
      expect(bearers.referent(KHAN)).toBe(IMRAN);
    });

    it('gives NOBODY after a bearer the knowledge base does not know, until a known one comes again', () => {
      const bearers = new ShortFormBearers(KEY_COUNT);
      bearers.bear(KHAN, IMRAN);
      bearers.bear(KHAN, NOBODY);
      expect(bearers.referent(KHAN)).toBe(NOBODY);
      bearers.bear(KHAN, IMRAN);
      expect(bearers.referent(KHAN)).toBe(IMRAN);
    });

    it('keeps the short forms apart', () => {
      const bearers = new ShortFormBearers(KEY_COUNT);
      bearers.bear(KHAN, IMRAN);
      bearers.bear(SHARIF, NOBODY);
      expect(bearers.referent(KHAN)).toBe(IMRAN);
      expect(bearers.referent(SHARIF)).toBe(NOBODY);
    });

    it('tells NOBODY and UNSEEN apart from every entity', () => {
      expect(NOBODY).toBeLessThan(0);
      expect(UNSEEN).toBeLessThan(0);
      expect(NOBODY).not.toBe(UNSEEN);
    });
  });

  describe('isInLongerName', () => {
    it('is true next to a capitalised word that is not a title ("Hamid Khan", "Khan Niazi")', () => {
      expect(inLongerName('His lawyer Hamid Khan said so.')).toBe(true);
      expect(inLongerName('Later Khan Niazi replied.')).toBe(true);
    });

    it('is false when a block boundary parts the neighbour from the word, even right at the word’s edge', () => {
      const heading = 'Read Hamid ';
      // "…Hamid " ends a heading; "Khan said so." opens the next paragraph.
      expect(inLongerName(`${heading}Khan said so.`, 'Khan', 0, [heading.length])).toBe(false);
      // "Khan" ends a block; " Niazi replied." starts the next.
      expect(inLongerName('Later Khan Niazi replied.', 'Khan', 0, ['Later Khan'.length])).toBe(false);
      // Two blocks that touch in the markup ("…Quetta</li><li>Later Khan…") read as one word "QuettaLater".
      expect(inLongerName('QuettaLater Khan said.', 'Khan', 0, ['Quetta'.length])).toBe(false);
    });

    it('is false after a title ("Mr Khan", "Prime Minister Khan")', () => {
      for (const text of [
        'Later Mr Khan said.',
        'They met Prime Minister Khan.',
        'The party chairman said Chairman Khan would come.',
      ]) {
        expect(inLongerName(text), text).toBe(false);
      }
    });

    it('is false after a word that only opens sentences ("Yesterday Khan")', () => {
      for (const text of ['Yesterday Khan said.', 'It rained. However Khan said.'])
        expect(inLongerName(text), text).toBe(false);
    });

    it('is false before a capitalised word that only opens sentences ("Khan And Sharif Meet")', () => {
      expect(inLongerName('Talks: Khan And Sharif Meet Again')).toBe(false);
    });

    it('is false next to a lower-case word, an acronym or punctuation', () => {
      for (const text of [
        'They said Khan left.',
        'The PTI Khan said.',
        'Khan PTI said.',
        'Niazi, Khan said.',
        'Khan, Niazi said.',
        'Khan-Niazi said.',
      ]) {
        expect(inLongerName(text), text).toBe(false);
      }
    });

    it('is false before a possessive ("Khan’s Lawyers")', () => {
      expect(inLongerName('Khan’s Lawyers said.')).toBe(false);
      expect(inLongerName("Khan's Lawyers said.")).toBe(false);
    });

    it('reads an Urdu name by the word before it: any Urdu word but a postposition, a verb or a title', () => {
      expect(inLongerName('نواز شریف نے کہا', 'شریف')).toBe(true);
      expect(inLongerName('علیمہ خان نے کہا', 'خان')).toBe(true);
      expect(inLongerName('انہوں نے کہا کہ خان رہا ہوں گے', 'خان')).toBe(false);
      expect(inLongerName('پی ٹی آئی کے بانی خان نے کہا', 'خان')).toBe(false);
      expect(inLongerName('Imran خان', 'خان')).toBe(false);
    });

    it('does not look across a block boundary', () => {
      expect(inLongerName('Hamid  Khan said.')).toBe(true);
      expect(inLongerName('Hamid  Khan said.', 'Khan', 0, [6])).toBe(false);
      expect(inLongerName('Khan  Niazi said.')).toBe(true);
      expect(inLongerName('Khan  Niazi said.', 'Khan', 0, [5])).toBe(false);
    });
  });

  describe('isAttributive', () => {
    it('is true after an article and before a lower-case noun ("a Baloch advocacy group", "the Baloch community")', () => {
      for (const text of [
        'They formed a Baloch advocacy group.',
        'The Baloch community marched.',
        'an Baloch family elder',
      ]) {
        expect(isAttributive(text, ...at(text, 'Baloch')), text).toBe(true);
      }
    });

    it('is false without an article', () => {
      for (const text of ['Baloch said so.', 'They met Baloch yesterday.', 'Mahrang Baloch community work']) {
        expect(isAttributive(text, ...at(text, 'Baloch')), text).toBe(false);
      }
    });

    it('is false before a capitalised word or punctuation', () => {
      for (const text of [
        'the Baloch Students Organisation',
        'They met the Baloch.',
        'the Baloch, she said',
        'the Baloch-led march',
      ]) {
        expect(isAttributive(text, ...at(text, 'Baloch')), text).toBe(false);
      }
    });
  });
});
