/**
 * Names across scripts. Urdu news writes the same entities as English news,
 * in Arabic script and without short vowels: "عمران خان" is "Imran Khan",
 * "شہباز شریف" is "Shehbaz Sharif". Two keys:
 *
 * - `urduKey`: an Urdu name folded over the letter variants that keyboards and
 *   outlets mix (Arabic yeh and kaf, the three hehs, hamza seats, diacritics,
 *   joiners, tatweel), so that two spellings of one name meet and two names
 *   stay apart;
 * - `crossScriptKey`: the consonants of a name in either script, romanised
 *   (vowels and the half-vowels w/v/y dropped, as Urdu writes no short vowel;
 *   every "h" dropped, since Latin writes it after a vowel that Urdu leaves out
 *   ("Mahmood", "محمود") and as an aspiration mark; q as k; a doubled letter once), so that
 *   the Latin and the Urdu name of one entity meet: the builder proposes the
 *   Urdu form of a known entity with it, and search finds an entity typed in
 *   either script.
 */
import { CharKind, charKind, foldLetter } from './char-class';

/** Urdu letters that are written several ways, folded to one. */
const URDU_FOLDS = new Map<number, number>([
  [0x0623, 0x0627], // ALEF WITH HAMZA ABOVE -> ALEF
  [0x0625, 0x0627], // ALEF WITH HAMZA BELOW -> ALEF
  [0x0622, 0x0627], // ALEF WITH MADDA -> ALEF
  [0x0671, 0x0627], // ALEF WASLA -> ALEF
  [0x0624, 0x0648], // WAW WITH HAMZA -> WAW
  [0x06be, 0x06c1], // HEH DOACHASHMEE -> HEH GOAL
  [0x06c2, 0x06c1], // HEH GOAL WITH HAMZA (izafat) -> HEH GOAL
  [0x06d3, 0x06d2], // YEH BARREE WITH HAMZA -> YEH BARREE
]);

function foldUrdu(code: number): number {
  const folded = foldLetter(code);
  return URDU_FOLDS.get(folded) ?? folded;
}

/** An Urdu (or any) name folded for comparison: letter variants folded, marks and joiners dropped, one space between words. */
export function urduKey(name: string): string {
  const words: string[] = [];
  let word = '';
  // Letters are folded and kept, marks and joiners dropped, anything else ends a word.
  for (const char of name) {
    const code = char.charCodeAt(0);
    const kind = char.length > 1 ? CharKind.Hard : charKind(code);
    if (kind === CharKind.Letter) word += String.fromCharCode(foldUrdu(code));
    else if (kind !== CharKind.Ignore && word !== '') {
      words.push(word);
      word = '';
    }
  }
  if (word !== '') words.push(word);
  return words.join(' ');
}

/** Urdu letters as the Latin consonants that romanise them; vowels and half-vowels are absent. */
const ROMAN: Record<string, string> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ٹ: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ڈ: 'd',
  ذ: 'z',
  ر: 'r',
  ڑ: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  غ: 'gh',
  ف: 'f',
  ق: 'k',
  ک: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ں: 'n',
  ہ: 'h',
  ۃ: 't',
};

const DROPPED = new Set(['a', 'e', 'i', 'o', 'u', 'w', 'v', 'y', 'h']);

/** Latin spellings of one sound: "ch" is Urdu's چ, "c" is k or s, "x" is ks, "q" is k. */
function soundsOf(letters: string): string {
  return (
    letters
      .replace(/ch/gu, '\u0001')
      .replace(/c(?=[eiy])/gu, 's')
      .replace(/[cq]/gu, 'k')
      .replace(/x/gu, 'ks')
      // eslint-disable-next-line no-control-regex -- \u0001 holds a protected 'c' through the replacements above
      .replace(/\u0001/gu, 'c')
  );
}

/** The consonant skeleton of one word given as romanised letters. */
function consonants(letters: string): string {
  let out = '';
  for (const c of soundsOf(letters)) {
    if (DROPPED.has(c)) continue;
    if (c !== out[out.length - 1]) out += c;
  }
  return out;
}

/** The romanised letters of one Urdu word: a final heh is a vowel ("کوئٹہ", "خواجہ"). */
function romanise(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = String.fromCharCode(foldUrdu(word.charCodeAt(i)));
    if (char === 'ہ' && i === word.length - 1 && i > 0) continue;
    out += ROMAN[char] ?? (/[a-z0-9]/u.test(char) ? char : '');
  }
  return out;
}

/**
 * The cross-script key of a name in Latin or Urdu script: the consonant skeleton of its words, run
 * together, since the scripts do not cut compounds alike ("Islamabad", "اسلام آباد"). "Imran Khan" and
 * "عمران خان" are both "mrnkn".
 */
export function crossScriptKey(name: string): string {
  return consonants(
    urduKey(name)
      .split(' ')
      .map((word) => (/[a-z]/u.test(word) ? word : romanise(word)))
      .join(''),
  );
}
