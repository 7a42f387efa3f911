/**
 * Proposes the knowledge base's growth from the articles: new entities (one per
 * real-world entity, with its short forms and acronyms, a type and a role from
 * the articles' own words) and other spellings of known entities as aliases.
 * Articles are added one at a time, so a folder of thousands streams through
 * with only the tallies kept.
 */
import { aliasCues, sentenceOf, type LinkedSpan } from './alias-cues';
import { KnownEntities } from './known-entities';
import {
  findCandidates,
  foldName,
  isHead,
  nameVotes,
  type ArticleBlocks,
  type NameOccurrence,
} from './name-candidates';
import {
  PROPOSALS_FORMAT,
  PROPOSALS_VERSION,
  type NewAliasProposal,
  type NewEntityProposal,
  type Proposals,
} from './proposal-file';
import type { Registry } from './registry';
import { spellsAcronym } from './acronym-spelling';
import {
  MAX_EXAMPLES,
  addVotes,
  isShouted,
  mergeTallies,
  toProposal,
  type Example,
  type NameTally,
} from './proposal-merge';

export { spellsAcronym };

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'e', 'i', 'ul', 'al', 'el', 'ud', 'de']);

interface AliasTally {
  entity: number;
  alias: string;
  mentions: number;
  confidence: number;
  reason: string;
  examples: Example[];
}

/** Collects proposals over the articles of one build. */
export class ProposalCollector {
  private readonly names = new Map<string, NameTally>();
  private readonly aliases = new Map<string, AliasTally>();
  private readonly lowerVocabulary = new Set<string>();
  /** Urdu-script names written in parentheses after a new name: folded Latin name -> Urdu forms. */
  private readonly nativeNames = new Map<string, Set<string>>();
  private readonly known: KnownEntities;

  constructor(registry: Registry) {
    this.known = new KnownEntities(registry);
  }

  /**
   * Reads one article.
   * @param linked - per block, the mentions the matcher linked
   */
  addArticle(articleId: string, blocks: readonly string[], linked: readonly (readonly LinkedSpan[])[]): void {
    for (const block of blocks)
      for (const w of block.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? [])
        this.lowerVocabulary.add(w.includes('’') ? foldName(w) : w.toLowerCase());
    const cues = aliasCues(blocks, linked, this.known);
    for (const cue of cues.aliases) {
      this.noteAlias(
        cue.entity,
        cue.alias,
        cue.confidence,
        cue.reason,
        articleId,
        sentenceOf(blocks[cue.block]!, cue.at),
      );
    }
    for (const [key, native] of cues.nativeNames) {
      const forms = this.nativeNames.get(key) ?? new Set<string>();
      forms.add(native);
      this.nativeNames.set(key, forms);
    }
    const selfNames = cues.selfNames;
    const article: ArticleBlocks = { blocks, known: linked };
    const occurrences = findCandidates(article, {
      ignored: this.known.ignored,
      knownWordsOf: (entity) => this.known.wordsOf(entity),
      lowerVocabulary: this.lowerVocabulary,
      knownType: (text) => {
        const entity = this.known.entityOfForm(text);
        return entity >= 0 ? this.known.typeOf(entity) : null;
      },
      typeOfEntity: (entity) => this.known.typeOf(entity),
    });
    const seen = new Set<NameTally>();
    for (const o of occurrences) {
      if (selfNames.has(foldName(o.text))) continue;
      if (this.asKnownAlias(o, articleId)) continue;
      if (o.text.toLowerCase().endsWith('.com')) o.text = o.text.slice(0, -4);
      const tally = this.tallyFor(
        o.fullName && !this.known.isKnownForm(o.fullName) ? o.fullName : o.text,
        o.fullName ? false : o.acronym,
      );
      if (tally.mentions === 0 && o.fullName) addVotes(tally.votes, nameVotes(o.fullName));
      tally.mentions++;
      if (!seen.has(tally)) {
        seen.add(tally);
        tally.articles++;
      }
      if (o.fullName && !this.known.isKnownForm(o.fullName)) {
        (o.acronym ? tally.acronyms : tally.shortForms).set(
          o.text,
          ((o.acronym ? tally.acronyms : tally.shortForms).get(o.text) ?? 0) + 1,
        );
      } else tally.forms.set(o.text, (tally.forms.get(o.text) ?? 0) + 1);
      if (!o.sentenceInitial) tally.inside++;
      if (o.headAfter) tally.headsAfter.add(o.headAfter);
      addVotes(tally.votes, o.votes);
      if (o.role) tally.roles.set(o.role, (tally.roles.get(o.role) ?? 0) + 1);
      if (tally.examples.length < MAX_EXAMPLES && tally.lastArticle !== articleId)
        tally.examples.push({ articleId, sentence: o.sentence });
      tally.lastArticle = articleId;
    }
  }

  /** An occurrence that names a known entity another way becomes an alias proposal. */
  private asKnownAlias(o: NameOccurrence, articleId: string): boolean {
    const alias = this.known.aliasOf(o);
    if (alias) this.noteAlias(alias.entity, o.text, alias.confidence, alias.reason, articleId, o.sentence);
    return alias !== null;
  }

  private noteAlias(
    entity: number,
    alias: string,
    confidence: number,
    reason: string,
    articleId: string,
    sentence: string,
  ): void {
    const key = `${entity}\u0000${foldName(alias)}`;
    let tally = this.aliases.get(key);
    if (!tally) {
      tally = { entity, alias, mentions: 0, confidence, reason, examples: [] };
      this.aliases.set(key, tally);
    }
    tally.mentions++;
    tally.confidence = Math.max(tally.confidence, confidence);
    if (tally.examples.length < MAX_EXAMPLES && !tally.examples.some((e) => e.articleId === articleId))
      tally.examples.push({ articleId, sentence });
  }

  private tallyFor(text: string, acronym: boolean): NameTally {
    const key = foldName(text);
    let tally = this.names.get(key);
    if (!tally) {
      tally = {
        display: text,
        forms: new Map(),
        mentions: 0,
        articles: 0,
        votes: { person: 0, group: 0, place: 0 },
        roles: new Map(),
        examples: [],
        shortForms: new Map(),
        acronyms: new Map(),
        acronym,
        inside: 0,
        headsAfter: new Set(),
        lastArticle: '',
      };
      this.names.set(key, tally);
    }
    return tally;
  }

  /** The proposals, strongest first. */
  finish(): Proposals {
    const tallies = [...this.names.entries()].filter(([key, t]) => this.keeps(key, t));
    const merged = mergeTallies(tallies);
    const newEntities: NewEntityProposal[] = merged
      .map((t) => {
        const proposal = toProposal(t);
        // An Urdu name written in parentheses after any of the proposal's Latin names
        const native = [proposal.name, ...proposal.aliases].flatMap((form) => [
          ...(this.nativeNames.get(foldName(form)) ?? []),
        ]);
        for (const form of native) if (!proposal.aliases.includes(form)) proposal.aliases.push(form);
        return proposal;
      })
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    const newAliases: NewAliasProposal[] = [...this.aliases.values()]
      .map((a) => ({
        id: this.known.idOf(a.entity),
        alias: a.alias,
        mentions: a.mentions,
        confidence: a.confidence,
        reason: a.reason,
        examples: a.examples,
      }))
      .sort((a, b) => a.id.localeCompare(b.id) || b.mentions - a.mentions || a.alias.localeCompare(b.alias));
    return { format: PROPOSALS_FORMAT, version: PROPOSALS_VERSION, newEntities, newAliases };
  }

  /** Noise that only the whole run can tell: a lone word also written in lower case, or seen only opening sentences. */
  private keeps(key: string, t: NameTally): boolean {
    if (t.forms.size === 0) return true;
    const single = !key.includes(' ');
    if (single && (!t.acronym || key.length >= 4) && this.lowerVocabulary.has(key)) return false;
    if (single && !t.acronym && t.inside === 0 && t.votes.person + t.votes.place + t.votes.group === 0) return false;
    // "BUSINESS MOVIES CRICKET": a menu in capitals, made of ordinary words
    if (
      !single &&
      [...t.forms.keys()].every(isShouted) &&
      key.split(/[\s-]+/u).some((w) => this.lowerVocabulary.has(w))
    )
      return false;
    // "Armed Forces", "Member States": every word of it is also written in lower case
    const words = key.split(/[\s-]+/u);
    if (
      !single &&
      t.forms.size > 0 &&
      !isHead(words[words.length - 1]!) &&
      words.every((w) => CONNECTORS.has(w) || this.lowerVocabulary.has(w))
    )
      return false;
    return true;
  }
}
