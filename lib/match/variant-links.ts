/**
 * Names of two words or more spelled another way than the knowledge base spells them ("Shahbaz
 * Shareef"), linked by their skeleton (`variants.ts`), and their short forms after them as the page
 * spells them.
 */
import { LinkKind, type LinkerCore, type TextLinks } from './link-kind';
import { findNames, type FoundName } from './name-finder';
import { capitalisedRuns } from './name-runs';
import { NOBODY, UNSEEN, isInLongerName } from './short-forms';
import { isCovered, isWholeWordAt, overlapsAny } from './text-facts';
import { endsKnownName, isShortFormOf, lookUp, nameSkeleton, type VariantTable } from './variants';
import { JOINING_PARTICLES } from './word-lists';
import { lowerWord } from './words';

export class VariantLinks<B> {
  /** Short forms as this page spells them after a variant spelling of the full name: word -> entity. */
  private readonly shortForms = new Map<string, number>();
  /** The latest bearer of each of those words on the page so far. */
  private readonly bearers = new Map<string, number>();

  constructor(
    private readonly table: VariantTable,
    private readonly core: LinkerCore<B>,
  ) {}

  /**
   * Names of two words or more that no alias matched, linked by their skeleton and added to
   * `fullNames` (which is sorted by start, and stays so).
   * @param covering - the `[start, end)` pairs of the found names with a full candidate: a name the knowledge
   *   base's own spelling covers has been decided by the rules already, and a linked name inside it stays as it is
   */
  findNames({ decided, block, facts, fullNames }: TextLinks<B>, covering: readonly number[]): void {
    if (this.table.names.length === 0) return;
    const { text } = facts;
    const linked = fullNames.length;
    const runs = capitalisedRuns(text, covering);
    const names: FoundName[] = [];
    for (let r = 0; r < runs.length; r += 3) {
      const start = runs[r]!;
      const end = runs[r + 1]!;
      // A run whose last word a linked name holds ("Yesterday Imran Khan") has no other name to find.
      if (overlapsAny(fullNames, linked, runs[r + 2]!, end) || !endsKnownName(this.table, text, runs[r + 2]!, end))
        continue;
      names.push(...findNames(text, start, end, facts.isCut));
    }
    for (const name of names) {
      if (name.acronym || isCovered(covering, name.start, name.end)) continue;
      const words = name.words.filter((w) => !JOINING_PARTICLES.has(lowerWord(text, w)));
      if (words.length < 2 || overlapsAny(fullNames, linked, name.start, name.end) || !facts.isRead(name.start))
        continue;
      const key = nameSkeleton(words.map((w) => text.slice(w.start, w.end)));
      if (key === null) continue;
      const entity = lookUp(this.table.names, key);
      if (entity < 0) continue;
      const mention = { block, start: name.start, end: name.end, entity, kind: LinkKind.Variant };
      fullNames.push(mention);
      this.core.decide(decided, mention);
      for (const word of words) {
        const written = text.slice(word.start, word.end);
        if (isShortFormOf(this.table, entity, written)) this.shortForms.set(written, entity);
      }
    }
    if (fullNames.length > linked) fullNames.sort((a, b) => a.start - b.start);
  }

  /** Short forms as the page spelled them in a variant full name ("Shareef" after "Shahbaz Shareef"). */
  findShortForms({ decided, block, facts, fullNames }: TextLinks<B>): void {
    if (this.shortForms.size === 0) return;
    const { text } = facts;
    const linked = new Set(decided.map((m) => m.start));
    for (const [word, entity] of this.shortForms) {
      // The same reading as for the knowledge base's own short forms: the latest bearer of the word wins,
      // and the page's bearer carries over to text added later.
      let bearer = this.bearers.get(word) ?? UNSEEN;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
        const end = at + word.length;
        if (!isWholeWordAt(text, at, end) || !facts.isRead(at)) continue;
        const name = fullNames.find((n) => n.start <= at && end <= n.end);
        if (name) bearer = name.entity;
        else if (isInLongerName(text, at, end, facts.isCut)) bearer = NOBODY;
        else if (bearer === entity && !linked.has(at))
          this.core.decide(decided, { block, start: at, end, entity, kind: LinkKind.ShortForm });
      }
      this.bearers.set(word, bearer);
    }
  }
}
