/**
 * Folding for search: the matcher's letter folding (case, diacritics,
 * Arabic-script variants) plus the spelling variants of transliterated names,
 * so that "Pakhtoonkhwa", "Tehrik" and "Yousaf" meet "Pakhtunkhwa",
 * "Tehreek" and "Yusaf".
 */
import { CharKind, charKind, foldLetter } from '../match/char-class';

const TRANSLITERATION: [RegExp, string][] = [
  [/ee/gu, 'i'],
  [/ii/gu, 'i'],
  [/oo/gu, 'u'],
  [/ou/gu, 'u'],
  [/uu/gu, 'u'],
  [/aa/gu, 'a'],
  [/ph/gu, 'f'],
];

/** Lower-case, accent-free, one space between words, transliteration variants merged. */
export function foldForSearch(text: string): string {
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
  for (const [pattern, replacement] of TRANSLITERATION) out = out.replace(pattern, replacement);
  return out;
}
