/** Convenience: compile, scan and resolve one text (the builder and tests use this; tabs scan block by block). */
import { compileMatcher, type MatcherSource } from './compile';
import { PageResolver, type ResolvedMention } from './resolve';
import { scanText, toRuntime, type RuntimeMatcher } from './scan';

export { compileMatcher, PageResolver, scanText, toRuntime };
export type { MatcherSource, ResolvedMention, RuntimeMatcher };

/** Mentions in `blocks` (one page, in document order), each block scanned on its own. */
export function findMentions(m: RuntimeMatcher, blocks: readonly string[]): ResolvedMention<number>[] {
  const resolver = new PageResolver<number>(m);
  const mentions: ResolvedMention<number>[] = [];
  blocks.forEach((text, block) => {
    const raw: number[] = [];
    scanText(m, text, raw);
    mentions.push(...resolver.add(block, raw));
  });
  return mentions.sort((a, b) => a.block - b.block || a.start - b.start);
}
