import { describe, expect, it } from 'vitest';
import { findUrduNames } from './name-finder';

const names = (text: string) => findUrduNames(text).map((n) => [text.slice(n.start, n.end), n.title]);

describe('Urdu-script names by their cues', () => {
  it('takes the words after a title, up to a postposition', () => {
    expect(names('وزیراعظم شہباز شریف نے اجلاس کی صدارت کی')).toEqual([['شہباز شریف', 'وزیراعظم']]);
    expect(names('سماعت جسٹس محمد علی مظہر کی سربراہی میں ہوئی')).toEqual([['محمد علی مظہر', 'جسٹس']]);
  });

  it('reads a title with its office as one title', () => {
    expect(names('اسپیکر قومی اسمبلی ایاز صادق نے اجلاس ملتوی کر دیا')).toEqual([['ایاز صادق', 'اسپیکر قومی اسمبلی']]);
    expect(names('ترجمان دفتر خارجہ ممتاز زہرا بلوچ نے کہا')).toEqual([['ممتاز زہرا بلوچ', 'ترجمان دفتر خارجہ']]);
    expect(names('ترجمان دفتر خارجہ')).toEqual([]);
    expect(names('فیلڈ مارشل عاصم منیر کا بیان')).toEqual([['عاصم منیر', 'فیلڈ مارشل']]);
  });

  it('ends a name at punctuation, a line break or Latin text', () => {
    expect(names('ترجمان ممتاز زہرا بلوچ، دفتر خارجہ')).toEqual([['ممتاز زہرا بلوچ', 'ترجمان']]);
    expect(names('بانی عمران\nخان')).toEqual([['عمران', 'بانی']]);
    expect(names('بیرسٹر گوہر PTI')).toEqual([['گوہر', 'بیرسٹر']]);
  });

  it('finds nothing without a cue, and nothing after a cue that a postposition follows', () => {
    expect(names('عمران خان کی بہنیں اڈیالہ جیل پہنچیں')).toEqual([]);
    expect(names('وزیراعظم نے کہا')).toEqual([]);
  });

  it('keeps at most three words', () => {
    expect(names('رہنما ایک دو تین چار')).toEqual([['ایک دو تین', 'رہنما']]);
  });
});
