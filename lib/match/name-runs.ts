/**
 * A fast first look at a page for other spellings of known names: the runs of
 * two or more capitalised words. Most capitalised words open a sentence and
 * stand alone, so the name finder reads only a few places. The look is one
 * regular expression whose first character is a plain character class, which
 * the engine skips through natively, as fast as a bare loop over the text.
 * Romanised names start with a Latin capital, so other scripts need no look.
 */

/** Capitalised words joined by one space or hyphen, with a small joining word between ("Tehreek-e-Insaf"). */
const RUN = /[A-Z\u00C0-\u00DE][\p{L}\p{M}]*(?:[ \-\u2010\u2011](?:(?:e|i|ul|ud|al|el|bin|of|de)[ \-\u2010\u2011])?[A-Z\u00C0-\u00DE][\p{L}\p{M}]*)+/gu;

/** `[start, end, lastWordStart]` triples, in order: the runs of two or more capitalised words. */
export function capitalisedRuns(text: string): number[] {
  const runs: number[] = [];
  const run = new RegExp(RUN);
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const start = match.index;
    const found = match[0];
    let last = found.length;
    while (last > 0 && !isSeparator(found.charCodeAt(last - 1))) last--;
    runs.push(start, start + found.length, start + last);
  }
  return runs;
}

function isSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2010 || code === 0x2011;
}
