/** mark.js settings that make it do the job of the matcher on the bench pages; see docs/BENCHMARKS.md. */
export const MARK_OPTIONS = {
  separateWordSearch: false,
  // "exactly" = whole words; by default only white space bounds a word, so add
  // the punctuation that can follow or precede a name on the page.
  accuracy: { value: 'exactly' as const, limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’', '“', '”'] },
  diacritics: false,
  acrossElements: false,
  caseSensitive: false,
  // Do not mark again inside an earlier (longer) mark: leftmost-longest like the others.
  exclude: ['[data-markjs]'],
};

/**
 * Aliases per `mark()` call: mark.js recurses once per keyword (and overflows the
 * stack on long lists); small calls also let the runner stop it at a deadline.
 */
export const MARK_CHUNK = 50;
