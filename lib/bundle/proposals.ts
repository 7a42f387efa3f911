/**
 * Proposes the knowledge base's growth from the articles: new entities (one per
 * real-world entity, with its short forms and acronyms, a type and a role from
 * the articles' own words) and other spellings of known entities as aliases.
 * Articles are added one at a time, so a folder of thousands streams through
 * with only the tallies kept.
 */
import { findUrduNames } from '../match/name-finder';
import { KnownEntities } from './known-entities';
import {
  findCandidates,
  foldName,
  isHead,
  nameVotes,
  type ArticleBlocks,
  type KnownSpan,
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
import { splitSentences } from './sentences';
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

/** "also known as X", "which calls itself X", "locally called X": X is captured, up to punctuation or a small word. */
const KNOWN_AS =
  /\b(?:(?:(?:also|locally|formerly|commonly|popularly|officially)\s+)?(?:known as|referred to as)|calls itself|call themselves|(?:also|locally|formerly|commonly|popularly|officially)\s+called)\s+[“"‘']?((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|al|ul|e|i|the|and)\s+)?\p{Lu}[\p{L}'’-]*)*)/gu;
/** A capitalised name, then an Urdu-script name in parentheses. */
const NATIVE_AFTER =
  /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,5})\s*\(\s*(\p{Script=Arabic}[\p{Script=Arabic}\s\u200c]{1,60})\)/gu;
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'e', 'i', 'ul', 'al', 'el', 'ud', 'de']);

interface AliasTally {
  entity: number;
  alias: string;
  mentions: number;
  confidence: number;
  reason: string;
  examples: Example[];
}

/** A mention the matcher linked in an article, with how it was linked. */
export interface LinkedSpan extends KnownSpan {
  /** Linked as another spelling of a known name (`LinkKind.Variant`). */
  variant: boolean;
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
    linked.forEach((spans, block) => {
      for (const span of spans) {
        if (!span.variant) continue;
        const written = blocks[block]!.slice(span.start, span.end);
        if (!this.known.hasForm(span.entity, written))
          this.noteAlias(
            span.entity,
            written,
            0.8,
            'another spelling of a known name',
            articleId,
            sentenceOf(blocks[block]!, span.start),
          );
      }
    });
    const selfNames = this.namesKnownAs(articleId, blocks, linked);
    this.readNativeNames(articleId, blocks, linked);
    this.readUrduNames(articleId, blocks, linked);
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

  /**
   * "the TTP, which calls itself Tehreek-e-Taliban", "the Levies, also known as the Balochistan Levies Force": a name
   * the article gives a known entity right after naming it. Returns the folded names, which are not new entities.
   */
  private namesKnownAs(
    articleId: string,
    blocks: readonly string[],
    linked: readonly (readonly LinkedSpan[])[],
  ): Set<string> {
    const names = new Set<string>();
    blocks.forEach((text, block) => {
      for (const m of text.matchAll(KNOWN_AS)) {
        const name = m[1]!.replace(/^the\s+/iu, '').trim();
        const before = (linked[block] ?? []).filter(
          (k) => k.end <= m.index && m.index - k.end < 60 && !/[.!?]/u.test(text.slice(k.end, m.index)),
        );
        const owner = before[before.length - 1];
        if (!owner || name.split(/\s+/u).length > 6) continue;
        names.add(foldName(name));
        if (!this.known.hasForm(owner.entity, name))
          this.noteAlias(
            owner.entity,
            name,
            0.7,
            'the article gives it this name',
            articleId,
            sentenceOf(text, m.index),
          );
      }
    });
    return names;
  }

  /**
   * "Salman Akram Raja (سلمان اکرم راجہ)": an Urdu-script name in parentheses right after a name is that name
   * in Urdu: an alias of the known entity, or of the new one.
   */
  private readNativeNames(
    articleId: string,
    blocks: readonly string[],
    linked: readonly (readonly LinkedSpan[])[],
  ): void {
    blocks.forEach((text, block) => {
      for (const m of text.matchAll(NATIVE_AFTER)) {
        const latin = m[1]!;
        const native = m[2]!.trim();
        const end = m.index + latin.length;
        const known = (linked[block] ?? []).find((k) => k.end === end);
        if (known) {
          if (!this.known.hasForm(known.entity, native))
            this.noteAlias(
              known.entity,
              native,
              0.8,
              'the name in Urdu script, in parentheses after it',
              articleId,
              sentenceOf(text, m.index),
            );
        } else {
          // The name may be preceded by a title the pattern took in ("Senator Faisal Javed"): every tail of two words or more
          const words = latin.split(/\s+/u);
          for (let from = 0; from < words.length; from++) {
            if (words.length - from < 2 && from > 0) break;
            const key = foldName(words.slice(from).join(' '));
            const forms = this.nativeNames.get(key) ?? new Set<string>();
            forms.add(native);
            this.nativeNames.set(key, forms);
          }
        }
      }
    });
  }

  /**
   * Urdu articles: a name announced by a title ("وزیراعظم شہباز شریف") that the matcher did not link, whose
   * consonants are those of a known entity's Latin name, is that entity's Urdu form, proposed as an alias.
   */
  private readUrduNames(
    articleId: string,
    blocks: readonly string[],
    linked: readonly (readonly LinkedSpan[])[],
  ): void {
    blocks.forEach((text, block) => {
      for (const name of findUrduNames(text)) {
        if ((linked[block] ?? []).some((k) => k.start < name.end && name.start < k.end)) continue;
        const written = text.slice(name.start, name.end);
        if (!written.includes(' ')) continue;
        const entity = this.known.entityOfConsonants(written);
        if (entity >= 0 && !this.known.hasForm(entity, written)) {
          this.noteAlias(
            entity,
            written,
            0.6,
            'the Urdu spelling of a known name: the same consonants',
            articleId,
            sentenceOf(text, name.start),
          );
        }
      }
    });
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

function sentenceOf(text: string, offset: number): string {
  const span = splitSentences(text).find((s) => s.start <= offset && offset < s.end);
  return span ? text.slice(span.start, span.end) : text;
}
