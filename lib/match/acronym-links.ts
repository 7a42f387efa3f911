/**
 * Whether an acronym links: when the page names its entity in full or defines it the same way; a
 * definition with another expansion, a wire or photo credit, or a page that is not about the
 * knowledge base's world keeps it unlinked (the rules themselves are in `acronyms.ts`).
 */
import {
  findDefinitions,
  indexParentheses,
  isCredit,
  isGluedToSymbol,
  isInLongerUrduAcronym,
  type AcronymDefinition,
  type Parentheses,
} from './acronyms';
import { LinkKind, type FullName, type LinkerCore, type TextLinks } from './link-kind';
import { foundAt, type TextFacts } from './text-facts';

/** Distinct entities of the knowledge base's home region that a page must name before an undefined acronym links. */
export const ACRONYM_CONTEXT_THRESHOLD = 2;

/** What the knowledge base says of an acronym's entity. */
interface AcronymSource {
  entities: readonly { press?: boolean }[];
  homeRegion: number;
}

export class AcronymLinks<B> {
  /** Per acronym as written: the entity the page defines it as, or -1 when it defines it otherwise. */
  private readonly definedAs = new Map<string, number>();
  /** Per acronym as written: where the expansions of its definitions in the current text end. */
  private readonly definitionEnds = new Map<string, number[]>();
  /** The text the caches below are about. */
  private facts: TextFacts | null = null;
  /** Per acronym as written: the expansions the current text defines it with. */
  private definitions = new Map<string, AcronymDefinition[]>();
  /** The current text's parentheses, indexed when the first acronym asks. */
  private parentheses: Parentheses | null = null;

  constructor(
    private readonly source: AcronymSource,
    private readonly core: LinkerCore<B>,
  ) {}

  /** Decides the acronym `[start, end)` of the text, whose full candidate is `entity`. */
  link({ decided, block, facts, fullNames }: TextLinks<B>, start: number, end: number, entity: number): void {
    if (isGluedToSymbol(facts.text, end) || isInLongerUrduAcronym(facts.text, start, end)) return;
    const mention = { block, start, end, entity, kind: LinkKind.AcronymContext as LinkKind };
    const written = facts.text.slice(start, end);
    const defined = this.definitionOf(written, facts, fullNames, entity);
    if (defined === -1 || (defined >= 0 && defined !== entity)) return;
    const definesHere = this.definitionEnds.get(written)?.some((e) => start - e >= 1 && start - e <= 3) ?? false;
    if (!definesHere && isCredit(facts.text, start, end, facts.isCut)) {
      if (this.source.entities[entity]!.press) this.core.decide(decided, { ...mention, kind: LinkKind.Credit });
      return;
    }
    if (defined === entity) this.core.decide(decided, { ...mention, kind: LinkKind.AcronymDefined });
    else if (this.core.isNamedInFull(entity)) this.core.decide(decided, { ...mention, kind: LinkKind.AcronymNamed });
    else this.core.waitForContext(decided, mention, this.source.homeRegion, ACRONYM_CONTEXT_THRESHOLD);
  }

  /**
   * What the page defines an acronym as: the entity whose full name is the expansion, -1 for another
   * expansion, or -2 when this text defines it nowhere (an earlier text's definition still holds).
   */
  private definitionOf(acronym: string, facts: TextFacts, fullNames: readonly FullName[], entity: number): number {
    if (this.facts !== facts) {
      this.facts = facts;
      this.definitions = new Map();
      this.parentheses = null;
    }
    const known = this.definedAs.get(acronym);
    let definitions = this.definitions.get(acronym);
    if (definitions === undefined) {
      definitions = this.findDefinitions(acronym, facts, entity);
      this.definitions.set(acronym, definitions);
    }
    this.definitionEnds.set(
      acronym,
      definitions.map((d) => d.end),
    );
    if (definitions.length === 0) return known ?? -2;
    let result = -2;
    for (const definition of definitions) {
      // The expansion is a knowledge-base name when a linked full name (or another spelling of one) ends
      // it, or a found name does, even inside a longer one.
      const named = fullNames.find(
        (n) => n.end === definition.end && (n.start >= definition.start || definition.start === definition.end),
      );
      const key = keyEndingAt(facts, definition.end);
      const expanded = named ? named.entity : key === undefined ? -1 : this.core.fullCandidate(key);
      if (result === -2) result = expanded;
      else if (result !== expanded) result = -1;
    }
    this.definedAs.set(acronym, result);
    return result;
  }

  private findDefinitions(acronym: string, facts: TextFacts, entity: number): AcronymDefinition[] {
    const parentheses = (this.parentheses ??= indexParentheses(facts.text));
    const definitions = findDefinitions(facts.text, acronym, parentheses);
    // The acronym's own entity named in full right before "(ACR)" defines it too, whatever the
    // initials: Urdu spells an acronym in letter names ("پاکستان تحریک انصاف (پی ٹی آئی)").
    for (const open of parentheses.holding.get(acronym) ?? []) {
      const end = facts.text.charCodeAt(open - 1) === 0x20 ? open - 1 : open;
      const key = keyEndingAt(facts, end);
      if (definitions.some((d) => d.end === end) || key === undefined || this.core.fullCandidate(key) !== entity)
        continue;
      definitions.push({ start: end, end });
    }
    return definitions;
  }
}

/** The key of the found name that ends at `end`, if one does. */
function keyEndingAt(facts: TextFacts, end: number): number | undefined {
  const found = foundAt(facts.raw, end, 1);
  return found < 0 ? undefined : facts.raw[found + 2];
}
