/** Why a mention links, and the mention the linker decides. */
import type { TextFacts } from './text-facts';

/** Why a mention links. */
export const LinkKind = {
  /** A full name, or an alias of the knowledge base. */
  Name: 0,
  /** A short form after its person's full name. */
  ShortForm: 1,
  /** An acronym the page defines as the knowledge base does. */
  AcronymDefined: 2,
  /** An acronym whose entity the page names in full. */
  AcronymNamed: 3,
  /** An acronym on a page about the knowledge base's world. */
  AcronymContext: 4,
  /** A generic name on a page about its region. */
  Context: 5,
  /** Another spelling of a full name. */
  Variant: 6,
  /** A news agency named in a credit line ("(AFP)", "AP Photo"). */
  Credit: 7,
} as const;
export type LinkKind = (typeof LinkKind)[keyof typeof LinkKind];

export interface ResolvedMention<B> {
  block: B;
  start: number;
  end: number;
  /** Index into `matcher.entities`. */
  entity: number;
  kind: LinkKind;
}

/** A known full name found on the page: `[start, end)` and its entity. */
export interface FullName {
  start: number;
  end: number;
  entity: number;
}

/** One text being linked, as the rules beside the linker share it. */
export interface TextLinks<B> {
  /** The mentions decided so far for this text. */
  decided: ResolvedMention<B>[];
  block: B;
  facts: TextFacts;
  /** The known full names of the text, sorted by start. */
  fullNames: FullName[];
}

/** What the rules beside the linker ask of it. */
export interface LinkerCore<B> {
  /** Records a link, and what it says about the page (a full mention, a region named). */
  decide(decided: ResolvedMention<B>[], mention: ResolvedMention<B>): void;
  /** Links once the page names `threshold` entities of `region`, now or later. */
  waitForContext(decided: ResolvedMention<B>[], mention: ResolvedMention<B>, region: number, threshold: number): void;
  /** The best full (not short-form) candidate of a key, or -1. */
  fullCandidate(key: number): number;
  /** True when the page has named the entity in full. */
  isNamedInFull(entity: number): boolean;
}
