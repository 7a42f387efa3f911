import { describe, expect, it } from 'vitest';
import { luminance, parseRgb } from './page-theme';

describe('page theme helpers', () => {
  it('parses computed colours', () => {
    expect(parseRgb('rgb(22, 22, 26)')).toEqual({ r: 22, g: 22, b: 26, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(255 255 255 / 50%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
  });
  it('tells dark from light backgrounds', () => {
    expect(luminance({ r: 22, g: 22, b: 26 })).toBeLessThan(0.2);
    expect(luminance({ r: 253, g: 252, b: 249 })).toBeGreaterThan(0.9);
  });
});
