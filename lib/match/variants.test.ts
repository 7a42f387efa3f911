import { describe, expect, it } from 'vitest';
import {
  buildVariantTable,
  endsKnownName,
  isShortFormOf,
  keyHashes,
  lookUp,
  nameSkeleton,
  nameWords,
  wordSkeleton,
  wordSkeletonHash,
  type VariantSource,
} from './variants';

const skeleton = (name: string): string | null => nameSkeleton(nameWords(name));

const person = (aliases: string[], shortForms: string[] = []): VariantSource => ({
  type: 'person',
  aliases,
  shortForms,
});
const group = (aliases: string[], shortForms: string[] = []): VariantSource => ({ type: 'group', aliases, shortForms });

describe('variants', () => {
  describe('wordSkeleton', () => {
    it('writes every run of vowels as one "a"', () => {
      expect(wordSkeleton('Shareef')).toBe(wordSkeleton('Sharif'));
      expect(wordSkeleton('Mohammad')).toBe(wordSkeleton('Muhammad'));
      expect(wordSkeleton('Ahmed')).toBe(wordSkeleton('Ahmad'));
      expect(wordSkeleton('Saeed')).toBe('sad');
      expect(wordSkeleton('Qureshi')).toBe(wordSkeleton('Qurayshi'));
    });

    it('reads "y" as a vowel inside a word, but not at its start or end', () => {
      expect(wordSkeleton('Sayed')).toBe(wordSkeleton('Saeed'));
      expect(wordSkeleton('Yusuf')).toBe('yasaf');
      expect(wordSkeleton('Yousaf')).toBe(wordSkeleton('Yusuf'));
      expect(wordSkeleton('Ally')).toBe('aly');
      expect(wordSkeleton('Ally')).not.toBe(wordSkeleton('Alli'));
    });

    it('drops an "h" after a consonant, and keeps it after a vowel or at the start', () => {
      expect(wordSkeleton('Khawaja')).toBe(wordSkeleton('Kawaja'));
      expect(wordSkeleton('Shahbaz')).toBe('sahbaz');
      expect(wordSkeleton('Shehbaz')).toBe(wordSkeleton('Shahbaz'));
      expect(wordSkeleton('Mehmood')).toBe(wordSkeleton('Mahmood'));
      expect(wordSkeleton('Ahmad')).not.toBe(wordSkeleton('Amad'));
      expect(wordSkeleton('Hamid')).toBe('hamad');
    });

    it('writes a doubled letter once', () => {
      expect(wordSkeleton('Muhammad')).toBe(wordSkeleton('Muhamad'));
      expect(wordSkeleton('Abbasi')).toBe('abasa');
      expect(wordSkeleton('Bhutto')).toBe(wordSkeleton('Bhuto'));
    });

    it('folds case and Latin diacritics, and skips full stops and apostrophes', () => {
      expect(wordSkeleton('SHÈHBAZ')).toBe(wordSkeleton('Shehbaz'));
      expect(wordSkeleton("Ma'ruf")).toBe(wordSkeleton('Maruf'));
      expect(wordSkeleton('M.')).toBe('m');
    });
  });

  describe('nameWords and nameSkeleton', () => {
    it('leaves the izafat and Arabic particles out of a name', () => {
      expect(nameWords('Tehreek-e-Insaf')).toEqual(['Tehreek', 'Insaf']);
      expect(nameWords('Tehreek-i-Insaf')).toEqual(['Tehreek', 'Insaf']);
      expect(nameWords('Zia ul Haq')).toEqual(['Zia', 'Haq']);
      expect(skeleton('Pakistan Tehreek-i-Insaf')).toBe(skeleton('Pakistan Tehreek-e-Insaf'));
    });

    it('keeps connectors that are not particles', () => {
      expect(nameWords('Election Commission of Pakistan')).toEqual(['Election', 'Commission', 'of', 'Pakistan']);
    });

    it('gives a skeleton to names of two words or more only', () => {
      expect(skeleton('Shahbaz Shareef')).toBe(skeleton('Shehbaz Sharif'));
      expect(skeleton('Shahbaz Shareef')).toBe('sahbaz saraf');
      expect(nameSkeleton(['Shareef'])).toBeNull();
      expect(skeleton('Tehreek-e')).toBeNull();
      expect(nameSkeleton([])).toBeNull();
    });
  });

  describe('buildVariantTable and lookUp', () => {
    const sources: VariantSource[] = [
      person(['Shehbaz Sharif', 'شہباز شریف'], ['Sharif', 'Shehbaz', 'شریف']),
      person(['Mahmood Khan Achakzai'], ['Achakzai']),
      group(['Pakistan Tehreek-e-Insaf', 'PTI']),
      group(['Pakistan Muslim League Nawaz'], ['League']),
      person(['Imran'], ['Khan']),
      person(['Ali Raza'], []),
      person(['Alee Reza'], []),
    ];
    const table = buildVariantTable(sources);

    it('maps the skeleton of a full name of two words or more to its entity', () => {
      expect(lookUp(table.names, skeleton('Shahbaz Shareef')!)).toBe(0);
      expect(lookUp(table.names, skeleton('Pakistan Tehreek-i-Insaf')!)).toBe(2);
      expect(lookUp(table.names, skeleton('Mehmood Khan Achakzai')!)).toBe(1);
    });

    it('maps a person’s first and last name without the middle name ("Mahmood Achakzai")', () => {
      expect(lookUp(table.names, skeleton('Mahmood Achakzai')!)).toBe(1);
      expect(lookUp(table.names, skeleton('Mehmud Achakzai')!)).toBe(1);
    });

    it('does not shorten the names of groups', () => {
      expect(lookUp(table.names, skeleton('Pakistan Muslim League Nawaz')!)).toBe(3);
      expect(lookUp(table.names, skeleton('Pakistan Nawaz')!)).toBe(-1);
    });

    it('never maps a single word', () => {
      expect(lookUp(table.names, wordSkeleton('Imran'))).toBe(-1);
      expect(lookUp(table.names, wordSkeleton('PTI'))).toBe(-1);
    });

    it('leaves out a skeleton that two entities share', () => {
      expect(skeleton('Ali Raza')).toBe(skeleton('Alee Reza'));
      expect(lookUp(table.names, skeleton('Ali Raza')!)).toBe(-1);
    });

    it('leaves out names that are not in Latin letters', () => {
      const urdu = buildVariantTable([person(['شہباز شریف'], ['شریف'])]);
      expect(lookUp(urdu.names, nameSkeleton(['شہباز', 'شریف'])!)).toBe(-1);
      expect(isShortFormOf(urdu, 0, 'شریف')).toBe(false);
    });

    it('leaves out aliases with characters other than Latin letters ("NA-130 Lahore")', () => {
      const constituency = buildVariantTable([group(['NA-130 Lahore'])]);
      expect(lookUp(constituency.names, skeleton('NA Lahore')!)).toBe(-1);
    });

    it('gives -1 for an unknown key and on an empty table', () => {
      expect(lookUp(table.names, skeleton('Hamid Khan')!)).toBe(-1);
      expect(lookUp(buildVariantTable([]).names, 'sahbaz sharaf')).toBe(-1);
      expect(lookUp(new Int32Array(0), 'sahbaz sharaf')).toBe(-1);
    });

    it('holds many names without losing one', () => {
      const many: VariantSource[] = [];
      const consonants = 'bcdfgjklmnpqrstvwxz';
      const word = (i: number): string =>
        `${consonants[i % 19]!.toUpperCase()}a${consonants[Math.floor(i / 19) % 19]}o`;
      for (let i = 0; i < 300; i++) many.push(group([`Jamaat ${word(i)}`]));
      const big = buildVariantTable(many);
      many.forEach((source, entity) => expect(lookUp(big.names, skeleton(source.aliases[0]!)!)).toBe(entity));
    });
  });

  describe('isShortFormOf', () => {
    const table = buildVariantTable([
      person(['Shehbaz Sharif'], ['Sharif', 'Shehbaz Sharif']),
      person(['Imran'], ['Khan']),
      person(['Mahmood Khan Achakzai'], ['Achakzai']),
    ]);

    it('knows a short form of an entity in any spelling of the same skeleton', () => {
      expect(isShortFormOf(table, 0, 'Sharif')).toBe(true);
      expect(isShortFormOf(table, 0, 'Shareef')).toBe(true);
      expect(isShortFormOf(table, 2, 'Achakzai')).toBe(true);
    });

    it('knows only the entity’s own short forms', () => {
      expect(isShortFormOf(table, 2, 'Sharif')).toBe(false);
      expect(isShortFormOf(table, 0, 'Shehbaz')).toBe(false);
    });

    it('registers single-word short forms only, and only for an entity with a name of two words or more', () => {
      expect(isShortFormOf(table, 0, 'Shehbaz Sharif')).toBe(false);
      expect(isShortFormOf(table, 1, 'Khan')).toBe(false);
    });
  });

  describe('endsKnownName', () => {
    const table = buildVariantTable([person(['Shehbaz Sharif'], ['Sharif']), group(['Pakistan Tehreek-e-Insaf'])]);
    const ends = (text: string, word: string): boolean =>
      endsKnownName(table, text, text.indexOf(word), text.indexOf(word) + word.length);

    it('is true for a word whose skeleton ends a known name of two words or more, in any spelling', () => {
      expect(ends('Shahbaz Shareef spoke', 'Shareef')).toBe(true);
      expect(ends('Pakistan Tehreek-i-Insaaf', 'Insaaf')).toBe(true);
    });

    it('is false for other words and on an empty table', () => {
      expect(ends('Shahbaz Shareef spoke', 'Shahbaz')).toBe(false);
      expect(ends('Pakistan Tehreek', 'Tehreek')).toBe(false);
      expect(endsKnownName(buildVariantTable([]), 'Sharif', 0, 6)).toBe(false);
    });

    it('hashes a word of the text as the skeleton string would be hashed', () => {
      const text = 'Mr Shàhbaz Shareef';
      expect(wordSkeletonHash(text, 3, 10)).toBe(keyHashes(wordSkeleton('Shàhbaz'))[0]);
      expect(wordSkeletonHash(text, 11, 18)).toBe(keyHashes('saraf')[0]);
    });
  });

  describe('keyHashes', () => {
    it('gives the same two hashes for the same key, and a first hash that is never 0', () => {
      expect(keyHashes('sahbaz sharaf')).toEqual(keyHashes('sahbaz sharaf'));
      expect(keyHashes('sahbaz sharaf')).not.toEqual(keyHashes('sahbaz sharf'));
      for (const key of ['', 'a', 'sahbaz sharaf', '0:sharaf']) expect(keyHashes(key)[0] & 1).toBe(1);
    });
  });
});
