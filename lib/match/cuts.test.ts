import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from './compile';
import { toRuntime } from './runtime';
import { cutSplitsWord, scanText, type Cuts } from './scan';
import { TEST_KB } from '../../tests/fixtures/test-kb';

const matcher = toRuntime(compileMatcher(TEST_KB).matcher);

/** The reference: each run between two cuts scanned on its own. */
function scanRuns(pieces: readonly string[], breaks: readonly boolean[]): number[] {
  const out: number[] = [];
  let offset = 0;
  let run = '';
  let runStart = 0;
  const flush = () => {
    const raw: number[] = [];
    scanText(matcher, run, raw);
    for (let r = 0; r < raw.length; r += 3) out.push(raw[r]! + runStart, raw[r + 1]! + runStart, raw[r + 2]!);
  };
  pieces.forEach((piece, k) => {
    if (k > 0 && breaks[k]) {
      flush();
      run = '';
      runStart = offset;
    }
    run += piece;
    offset += piece.length;
  });
  flush();
  return out;
}

/** The way a page is scanned: one string, cuts decided up front only where they split a word, the rest when asked. */
function scanWithCuts(pieces: readonly string[], breaks: readonly boolean[], asked: number[] = []): number[] {
  const text = pieces.join('');
  const starts: number[] = [];
  let offset = 0;
  for (const piece of pieces) {
    starts.push(offset);
    offset += piece.length;
  }
  const isCut = (k: number) => k > 0 && breaks[k] === true;
  const known = starts.filter((start, k) => isCut(k) && cutSplitsWord(matcher, text, start));
  const cuts: Cuts = {
    known,
    firstInside(start, end) {
      for (let k = 1; k < starts.length; k++) {
        if (starts[k]! > start && starts[k]! < end && isCut(k)) {
          asked.push(k);
          return starts[k]!;
        }
      }
      return -1;
    },
  };
  const out: number[] = [];
  scanText(matcher, text, out, cuts);
  return out;
}

const fragments = [
  'Imran',
  'Khan',
  'Imran Khan',
  'Atif',
  'Khyber',
  'Pakhtunkhwa',
  'Khyber-',
  'PTI',
  'pti',
  'U.',
  'S.',
  'US',
  'Senate',
  'Pakistan',
  'Tehreek-e-Taliban',
  ' Taliban',
  'عمران',
  ' خان',
  'Shehbaz',
  'Sharif',
  'José',
  'Martí',
  'e\u0301',
  '\u200c',
  '\u0640',
  ' ',
  '  ',
  '-',
  '’s',
  "'s",
  '.',
  '. ',
  ',',
  ';',
  '(',
  ')',
  '"',
  'x',
  'an',
  'said',
  '\n',
  '🙂',
  '\ud800',
  '7',
];

describe('a text scanned with cuts', () => {
  it('gives exactly what scanning each run between cuts on its own gives', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.constantFrom(...fragments), { maxLength: 4 }).map((parts) => parts.join('')),
          { maxLength: 14 },
        ),
        fc.array(fc.boolean(), { maxLength: 14 }),
        (pieces, breaks) => {
          expect(scanWithCuts(pieces, breaks)).toEqual(scanRuns(pieces, breaks));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('does not read a name across a cut, nor a word through one', () => {
    expect(scanWithCuts(['Imran ', 'Khan'], [false, true])).toEqual(scanRuns(['Imran ', 'Khan'], [false, true]));
    const glued = scanWithCuts(['Atif Khan', 'Imran Khan said'], [false, true]);
    expect(glued.filter((_, i) => i % 3 === 0)).toEqual([0, 9]);
    expect(scanWithCuts(['Atif Khan', 'Imran Khan said'], [false, false]).filter((_, i) => i % 3 === 0)).toEqual([15]); // "KhanImran" is one word
  });

  it('asks about a cut only inside a name found across it', () => {
    const asked: number[] = [];
    scanWithCuts(['The ', 'Imran ', 'Khan', ' case; ', 'PTI'], [false, true, true, true, true], asked);
    expect(asked).toEqual([2]);
  });
});
