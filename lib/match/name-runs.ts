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

/**
 * `[start, end, lastWordStart]` triples, in order: the runs of two or more capitalised words, but for those
 * that one of `inside` covers whole.
 * @param inside - `[start, end)` pairs, sorted and not overlapping (the names the scanner found)
 */
export function capitalisedRuns(text: string, inside: readonly number[]): number[] {
  const runs: number[] = [];
  const run = RUN;
  run.lastIndex = 0;
  let covering = 0;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const start = match.index;
    const end = run.lastIndex;
    // On a page that names the knowledge base, a found name covers most runs: they are passed over first.
    while (covering < inside.length && inside[covering + 1]! <= start) covering += 2;
    if (covering < inside.length && inside[covering]! <= start && end <= inside[covering + 1]!) continue;
    // A run that starts or ends inside a word ("EuropeMiddle EastNews", a menu run together) is none.
    if (isLetterCode(text.charCodeAt(start - 1)) || isLetterCode(text.charCodeAt(end))) continue;
    let last = end;
    while (last > start && !isSeparator(text.charCodeAt(last - 1))) last--;
    runs.push(start, end, last);
  }
  return runs;
}

function isLetterCode(code: number): boolean {
  return !Number.isNaN(code) && isLetter(code);
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2010 || code === 0x2011;
}
