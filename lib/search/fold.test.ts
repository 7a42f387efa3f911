import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharKind, charKind, foldLetter } from '../match/char-class';
import { seedFiles } from '../../tests/fixtures/seeds';
import { foldForSearch, foldWithOffsets, forEachFoldedWord } from './fold';

/** The plain definition: what the fast versions must agree with. */
function reference(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const kind = charKind(code);
    if (kind === CharKind.Letter) {
      if (pendingSpace && out.length > 0) out += ' ';
      pendingSpace = false;
      out += String.fromCharCode(foldLetter(code));
    } else if (kind !== CharKind.Ignore && !(kind === CharKind.Dot && /\p{L}/u.test(text.charAt(i + 1)))) {
      pendingSpace = true;
    }
  }
  for (const [pattern, replacement] of [
    [/ee/gu, 'i'],
    [/ii/gu, 'i'],
    [/oo/gu, 'u'],
    [/ou/gu, 'u'],
    [/uu/gu, 'u'],
    [/aa/gu, 'a'],
    [/ph/gu, 'f'],
  ] as const) {
    out = out.replace(pattern, replacement);
  }
  return out;
}

const seedText = seedFiles.map((file) => file.text).join('\n');

// Letters, separators and the characters the folding treats specially.
const newsChar = fc.constantFrom(..."aeiouhpAEIOUHPkKnN éÉ.-’'\u200c\u0640ـ عمران خان ۔,!?\n\t0U.S".split(''));
const newsText = fc.array(newsChar, { maxLength: 40 }).map((cs) => cs.join(''));

describe('foldForSearch', () => {
  it('merges case, diacritics, separators and transliteration variants', () => {
    expect(foldForSearch('Khyber-Pakhtoonkhwa')).toBe(foldForSearch('Khyber Pakhtunkhwa'));
    expect(foldForSearch('Tehreek-e-Insaf')).toBe('tehrik e insaf');
    expect(foldForSearch('  Shèhbaz  SHARIF. ')).toBe('shehbaz sharif');
    expect(foldForSearch('U.S.')).toBe('us');
    expect(foldForSearch('Yousaf')).toBe(foldForSearch('Yusaf'));
  });

  it('agrees with the plain definition on the seed articles and on random text', () => {
    for (const line of seedText.split('\n')) expect(foldForSearch(line)).toBe(reference(line));
    expect(foldForSearch(seedText)).toBe(reference(seedText));
    fc.assert(fc.property(newsText, (text) => foldForSearch(text) === reference(text)));
  });
});

describe('foldWithOffsets', () => {
  it('gives the same folded text, and where each character came from', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { folded, starts, ends } = foldWithOffsets(text);
        expect(folded).toBe(reference(text));
        expect(starts.length).toBe(folded.length);
        for (let i = 0; i < folded.length; i++) {
          expect(starts[i]!).toBeLessThan(ends[i]!);
          if (i > 0) expect(starts[i]!).toBeGreaterThanOrEqual(ends[i - 1]!);
        }
      }),
    );
  });

  it('maps a transliterated pair back to both letters', () => {
    const { folded, starts, ends } = foldWithOffsets('Pakhtoonkhwa');
    expect(folded).toBe('pakhtunkhwa');
    const u = folded.indexOf('u');
    expect('Pakhtoonkhwa'.slice(starts[u], ends[u])).toBe('oo');
  });
});

describe('forEachFoldedWord', () => {
  const wordsOf = (text: string, minLength = 1) => {
    const words: string[] = [];
    forEachFoldedWord(text, minLength, (word) => words.push(word));
    return words;
  };
  const expected = (text: string, minLength = 1) =>
    reference(text)
      .split(' ')
      .filter((w) => w.length >= minLength);

  it('gives the words of foldForSearch, long enough ones only when asked', () => {
    for (const line of seedText.split('\n')) {
      expect(wordsOf(line)).toEqual(expected(line));
      expect(wordsOf(line, 4)).toEqual(expected(line, 4));
    }
    fc.assert(
      fc.property(newsText, fc.integer({ min: 1, max: 5 }), (text, min) => {
        expect(wordsOf(text, min)).toEqual(expected(text, min));
      }),
    );
  });
});
