/**
 * A fast first look at a page for other spellings of known names: the runs of
 * two or more capitalised words. Most capitalised words open a sentence and
 * stand alone, so the name finder reads only a few places. The look is one
 * regular expression whose first character is a plain character class, which
 * the engine skips through natively, as fast as a bare loop over the text.
 * Romanised names start with a Latin capital, so other scripts need no look.
 */
import { isLetterCode as isLetter } from './words';

/**
 * Capitalised words joined by one space or hyphen, with a small joining word between ("Tehreek-e-Insaf").
 * Latin letters only, without the Unicode flag: twice as fast, and romanised names need no more.
 */
const RUN =
  /[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]*(?:[ \-\u2010\u2011](?:(?:e|i|ul|ud|al|el|bin|of|de)[ \-\u2010\u2011])?[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F]*)+/g;

/** `[start, end, lastWordStart]` triples, in order: the runs of two or more capitalised words. */
export function capitalisedRuns(text: string): number[] {
  const runs: number[] = [];
  const run = RUN;
  run.lastIndex = 0;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const start = match.index;
    const found = match[0];
    // A run that starts or ends inside a word ("EuropeMiddle EastNews", a menu run together) is none.
    if (isLetterCode(text.charCodeAt(start - 1)) || isLetterCode(text.charCodeAt(start + found.length))) continue;
    let last = found.length;
    while (last > 0 && !isSeparator(found.charCodeAt(last - 1))) last--;
    runs.push(start, start + found.length, start + last);
  }
  return runs;
}

function isLetterCode(code: number): boolean {
  return !Number.isNaN(code) && isLetter(code);
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2010 || code === 0x2011;
}
