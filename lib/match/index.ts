/** Convenience: compile, scan and link one page's blocks (the builder and tests use this; tabs scan a page's whole text). */
import { compileMatcher, type MatcherSource } from './compile';
import { PageLinker, type LinkerOptions, type ResolvedMention } from './linker';
import { toRuntime, type RuntimeMatcher } from './runtime';
import { scanText } from './scan';

export { compileMatcher, PageLinker, scanText, toRuntime };
export type { MatcherSource, ResolvedMention, RuntimeMatcher };

/** Block boundaries in the text of `findMentions`: blocks are joined with a line break. */
const JOIN = '\n';

/**
 * Mentions in `blocks` (one page, in document order): the blocks are read as one text with a cut
 * between each two, so that the page-wide rules see the whole page, and no name spans two blocks.
 */
export function findMentions(
  m: RuntimeMatcher,
  blocks: readonly string[],
  options: LinkerOptions = {},
): ResolvedMention<number>[] {
  const starts: number[] = [];
  let text = '';
  for (const block of blocks) {
    if (starts.length > 0) text += JOIN;
    starts.push(text.length);
    text += block;
  }
  const known = starts.slice(1).map((s) => s - JOIN.length);
  const cutAfter = (offset: number): number => {
    for (const cut of known) if (cut > offset) return cut;
    return -1;
  };
  const isCut = (start: number, end: number): boolean => {
    const cut = cutAfter(start);
    return cut >= 0 && cut < end;
  };
  const raw: number[] = [];
  scanText(m, text, raw, { known, firstInside: (start, end) => (isCut(start, end) ? cutAfter(start) : -1) });
  const linker = new PageLinker<number>(m, options);
  const mentions = linker.add(0, text, raw, { isCut, isRead: () => true });
  const blockOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return mentions
    .map((mention) => {
      const block = blockOf(mention.start);
      return { ...mention, block, start: mention.start - starts[block]!, end: mention.end - starts[block]! };
    })
    .sort((a, b) => a.block - b.block || a.start - b.start);
}
