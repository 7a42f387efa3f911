import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const split = (paragraph: string) => splitSentences(paragraph).map((s) => paragraph.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not end a sentence after military titles (seed: Lt. Gen. Ahmed Sharif Chaudhry)', () => {
    expect(
      split(
        'The gathering came days after a briefing by the military’s media chief, Lt. Gen. Ahmed Sharif Chaudhry, who dismissed Khan. He said so.',
      ),
    ).toEqual([
      'The gathering came days after a briefing by the military’s media chief, Lt. Gen. Ahmed Sharif Chaudhry, who dismissed Khan.',
      'He said so.',
    ]);
  });

  it('does not end a sentence after Dr or Dr.', () => {
    expect(
      split('He should be examined by his personal doctors, Dr Faisal Sultan and Dr. Asim Yousaf. They agreed.'),
    ).toEqual(['He should be examined by his personal doctors, Dr Faisal Sultan and Dr. Asim Yousaf.', 'They agreed.']);
  });

  it('keeps U.S. inside its sentence (seed article 000)', () => {
    expect(
      split(
        'They warned that any possible U.S. attack on Iran could lead to regional devastation. The leaders agreed.',
      ),
    ).toEqual([
      'They warned that any possible U.S. attack on Iran could lead to regional devastation.',
      'The leaders agreed.',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('“Let us sit down together,” Sanaullah said. “We are ready.” The offer stands!')).toEqual([
      '“Let us sit down together,” Sanaullah said.',
      '“We are ready.”',
      'The offer stands!',
    ]);
  });

  it('splits Urdu at the Urdu full stop and question mark', () => {
    expect(split('قومی اسمبلی کا اجلاس ہوا۔ کیا فیصلہ ہوا؟ اجلاس ملتوی')).toEqual([
      'قومی اسمبلی کا اجلاس ہوا۔',
      'کیا فیصلہ ہوا؟',
      'اجلاس ملتوی',
    ]);
  });

  it('does not split inside numbers or before a lower-case word', () => {
    expect(split('Losses worth $152.5 billion were reported in the U.S. and elsewhere.')).toHaveLength(1);
  });

  it('returns nothing for white space', () => {
    expect(split('   ')).toEqual([]);
  });
});
