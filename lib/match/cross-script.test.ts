import { describe, expect, it } from 'vitest';
import { crossScriptKey, urduKey } from './cross-script';

describe('urduKey', () => {
  it('folds the letter variants keyboards mix, and drops marks, joiners and tatweel', () => {
    // Arabic yeh and kaf, heh doachashmee, hamza seats, a zabar, a zero-width non-joiner, a tatweel.
    expect(urduKey('عمرَان خان')).toBe(urduKey('عمران خان'));
    expect(urduKey('اچكزئي')).toBe(urduKey('اچکزئی'));
    expect(urduKey('بھٹو')).toBe(urduKey('بہٹو'));
    expect(urduKey('أحمد')).toBe(urduKey('احمد'));
    expect(urduKey('پی\u200cٹی')).toBe(urduKey('پیٹی'));
    expect(urduKey('پاکـستان')).toBe(urduKey('پاکستان'));
  });

  it('keeps one space between words, whatever separated them', () => {
    expect(urduKey('  شہباز،  شریف ')).toBe('شہباز شریف');
  });

  it('keeps different names apart', () => {
    expect(urduKey('نواز شریف')).not.toBe(urduKey('شہباز شریف'));
  });
});

describe('crossScriptKey', () => {
  it('meets the Latin and the Urdu name of one entity', () => {
    const pairs: [string, string][] = [
      ['Imran Khan', 'عمران خان'],
      ['Shehbaz Sharif', 'شہباز شریف'],
      ['Mahmood Khan Achakzai', 'محمود خان اچکزئی'],
      ['Balochistan', 'بلوچستان'],
      ['Islamabad', 'اسلام آباد'],
      ['Quetta', 'کوئٹہ'],
      ['Peshawar', 'پشاور'],
      ['Khawaja Asif', 'خواجہ آصف'],
    ];
    for (const [latin, urdu] of pairs) expect(crossScriptKey(urdu), `${latin} / ${urdu}`).toBe(crossScriptKey(latin));
  });

  it('meets Latin spellings of one name', () => {
    expect(crossScriptKey('Mohammad')).toBe(crossScriptKey('Muhammad'));
    expect(crossScriptKey('Qaiser')).toBe(crossScriptKey('Kaisar'));
    expect(crossScriptKey('Council')).toBe(crossScriptKey('Kounsil'));
  });

  it('keeps different names apart', () => {
    expect(crossScriptKey('Imran Khan')).not.toBe(crossScriptKey('Atif Khan'));
    expect(crossScriptKey('شہباز شریف')).not.toBe(crossScriptKey('نواز شریف'));
  });
});
