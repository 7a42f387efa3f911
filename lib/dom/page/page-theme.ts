/** Whether a page looks dark, so that the card can match it; falls back to the system preference. */
import { pageBody, pageRoot } from './page-root';

/** Parses `rgb(a)` colour strings as returned by getComputedStyle. */
export function parseRgb(color: string): { r: number; g: number; b: number; a: number } | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/u.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** Relative luminance (WCAG) of an sRGB colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function pageTheme(doc: Document): 'light' | 'dark' {
  const win = doc.defaultView;
  if (!win) return 'light';
  for (const element of [pageBody(doc), pageRoot(doc)]) {
    if (!element) continue;
    const color = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (color && color.a > 0.5) return luminance(color) < 0.2 ? 'dark' : 'light';
  }
  return win.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
