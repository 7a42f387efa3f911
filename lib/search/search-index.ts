/**
 * The popup's search over the whole knowledge base. Fuse.js scores the
 * candidates; a trigram index picks those candidates first, so each keystroke
 * runs Fuse over a few hundred short strings instead of every entity. The
 * index itself is plain data (search-index-data.ts), so it can be cached.
 */
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { ENTITY_TYPES, type EntityType } from '../bundle/schema';
import { foldForSearch } from './fold';
import { matchSpans, type Span } from './match-spans';
import {
  DATA_FORMAT,
  FIELDS,
  buildIndexData,
  type MatchField,
  type Numbers,
  type SearchEntity,
  type SearchIndexData,
} from './search-index-data';

/** What a result shows of an entity; the evidence stays in the database. */
export type SearchEntityInfo = Omit<SearchEntity, 'evidence'>;

export interface SearchHit {
  entity: SearchEntityInfo;
  score: number;
  field: MatchField;
  /** The text that matched: the name, an alias, the role, or an evidence word (folded). */
  matched: string;
  /** Where the query matched, as offsets into `foldForSearch(matched)`. */
  spans: readonly Span[];
}

/** A ranked entity before it is shown: the matched term by number. */
interface Ranked {
  entity: number;
  score: number;
  term: number;
}

export interface SearchOptions {
  types?: readonly EntityType[];
  limit?: number;
}

interface Candidate {
  folded: string;
  term: number;
}

/** The tuned Fuse.js options, in one place. */
const FUSE_OPTIONS: Readonly<IFuseOptions<Candidate>> = Object.freeze({
  keys: ['folded'],
  includeScore: true,
  threshold: 0.4,
  // Names are short and roles are whole phrases: where the match sits must not matter.
  ignoreLocation: true,
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
  shouldSort: false,
});

/** Added to Fuse's score (0 = perfect, 1 = no match) by the field that matched. */
const FIELD_PENALTY: Record<MatchField, number> = { name: 0, alias: 0.03, role: 0.2, evidence: 0.3 };
/** Scores below every fuzzy one: the exact name or alias, then a name or alias that starts with the query, then one with a later word that does. */
const EXACT = -2;
const PREFIX = -1;
const WORD_PREFIX = -0.9;
const MAX_CANDIDATES = 400;
const CANDIDATE_BUDGET = 4000; // candidates × query characters
const MIN_SHARE_OF_BEST = 0.4;
const MAX_PATTERN = 32; // Fuse's Bitap works on at most 32 characters
const SINGLE_LETTER_LIMIT = 50;

export class SearchIndex {
  private readonly grams: Map<string, Numbers>;
  private readonly counts: Uint16Array;
  /** Entity objects, made when a hit first shows them. */
  private readonly infos: (SearchEntityInfo | undefined)[] = [];
  private last: { folded: string; ranked: Ranked[] } | null = null;

  private constructor(private readonly data: SearchIndexData) {
    this.grams = new Map(
      data.gramKeys.map((key, g) => [key, data.gramTerms.subarray(data.gramStart[g], data.gramStart[g + 1])]),
    );
    this.counts = new Uint16Array(data.termFolded.length);
  }

  /** Builds the index of `entities` (the order of `entities` is kept: hits point into it). */
  static build(entities: readonly SearchEntity[]): SearchIndex {
    return new SearchIndex(buildIndexData(entities));
  }

  /** An index from `toData` output; null when the data has another format. */
  static fromData(data: SearchIndexData): SearchIndex | null {
    return data.format === DATA_FORMAT ? new SearchIndex(data) : null;
  }

  toData(): SearchIndexData {
    return this.data;
  }

  /** Every entity, in the order they were built from (made on demand: the search itself does not need them). */
  get entities(): readonly SearchEntityInfo[] {
    return this.data.entityIds.map((_, i) => this.entityAt(i));
  }

  get size(): number {
    return this.data.entityIds.length;
  }

  /** The name of the entity `id`, or undefined. */
  nameOf(id: string): string | undefined {
    const i = this.data.entityIds.indexOf(id);
    return i < 0 ? undefined : this.data.entityNames[i];
  }

  private entityAt(i: number): SearchEntityInfo {
    let info = this.infos[i];
    if (!info) {
      const d = this.data;
      info = {
        id: d.entityIds[i]!,
        name: d.entityNames[i]!,
        type: ENTITY_TYPES[d.entityTypes[i]!]!,
        role: d.entityRoles[i]!,
        aliases: d.entityAliases.slice(d.entityAliasStart[i], d.entityAliasStart[i + 1]),
        nativeName: d.entityNatives[i] ?? null,
        mentionCount: d.entityMentions[i]!,
      };
      this.infos[i] = info;
    }
    return info;
  }

  get termCount(): number {
    return this.data.termFolded.length;
  }

  /** Entities for `query`, best first: exact names, then exact aliases, then names and aliases starting with it, then with a word starting with it, then fuzzy matches. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = foldForSearch(query).slice(0, MAX_PATTERN).trim();
    if (folded.length === 0) return [];
    // Filters and limits change more often than the query (a click on "People"): the ranked list is kept for the last query.
    if (this.last?.folded !== folded)
      this.last = { folded, ranked: folded.length === 1 ? this.startingWith(folded) : this.rankAll(folded) };
    const { data } = this;
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    const ranked = types
      ? this.last.ranked.filter((r) => types.has(ENTITY_TYPES[data.entityTypes[r.entity]!]!))
      : this.last.ranked;
    return ranked.slice(0, options.limit ?? 20).map(({ entity, score, term }) => ({
      entity: this.entityAt(entity),
      score,
      field: FIELDS[data.termField[term]!]!,
      matched: data.termDisplay[term] || data.termFolded[term]!,
      // Only for what is shown: the marks cost more than the ranking of a hit.
      spans: matchSpans(data.termFolded[term]!, folded),
    }));
  }

  private rankAll(folded: string): Ranked[] {
    const { data } = this;
    const fuse = new Fuse(this.candidates(folded), FUSE_OPTIONS);
    const best = new Map<number, Ranked>();
    for (const result of fuse.search(folded)) {
      const term = result.item.term;
      const score = rank(FIELDS[data.termField[term]!]!, result.item.folded, folded, result.score ?? 1);
      const end = data.termEntityStart[term + 1]!;
      for (let i = data.termEntityStart[term]!; i < end; i++) {
        const entity = data.termEntities[i]!;
        const seen = best.get(entity);
        if (!seen || score < seen.score) best.set(entity, { entity, score, term });
      }
    }
    return this.sorted(best);
  }

  /** One letter: the names and aliases with a word starting with it, most mentioned first. */
  private startingWith(letter: string): Ranked[] {
    const { data } = this;
    const best = new Map<number, Ranked>();
    for (let term = 0; term < data.termFolded.length; term++) {
      const field = FIELDS[data.termField[term]!]!;
      if (field !== 'name' && field !== 'alias') continue;
      const text = data.termFolded[term]!;
      const first = text.startsWith(letter);
      if (!first && !text.includes(` ${letter}`)) continue;
      const score = (first ? PREFIX : WORD_PREFIX) + FIELD_PENALTY[field];
      for (let i = data.termEntityStart[term]!; i < data.termEntityStart[term + 1]!; i++) {
        const entity = data.termEntities[i]!;
        const seen = best.get(entity);
        if (!seen || score < seen.score) best.set(entity, { entity, score, term });
      }
    }
    return this.sorted(best).slice(0, SINGLE_LETTER_LIMIT);
  }

  /** Best first; at equal score the more mentioned entity, then by name. */
  private sorted(best: Map<number, Ranked>): Ranked[] {
    const { entityMentions: mentions, entityNames: names } = this.data;
    return [...best.values()].sort(
      (a, b) =>
        a.score - b.score ||
        mentions[b.entity]! - mentions[a.entity]! ||
        names[a.entity]!.localeCompare(names[b.entity]!),
    );
  }

  /** Terms sharing the most trigrams with the query; at equal count names before aliases, roles and evidence, then shorter first. */
  private candidates(folded: string): Candidate[] {
    const { data, counts } = this;
    const grams = trigramsOf(folded);
    const touched: number[] = [];
    for (const gram of grams) {
      const postings = this.grams.get(gram);
      if (!postings) continue;
      for (let i = 0; i < postings.length; i++) {
        const term = postings[i]!;
        if (counts[term] === 0) touched.push(term);
        counts[term]!++;
      }
    }
    // A term must share a quarter of the query's trigrams, and at least 40 % of what the best term shares:
    // a long query that one term matches well need not be scored against every term sharing one word with it.
    let top = 0;
    for (const term of touched) top = Math.max(top, counts[term]!);
    const needed = Math.max(1, Math.floor(grams.length / 4), Math.ceil(top * MIN_SHARE_OF_BEST));
    const kept = touched.filter((term) => counts[term]! >= needed);
    const key = (term: number) =>
      counts[term]! * 4096 - data.termField[term]! * 1024 - Math.min(1023, data.termFolded[term]!.length);
    kept.sort((a, b) => key(b) - key(a));
    for (const term of touched) counts[term] = 0;
    // Fuse's cost grows with the pattern's length: fewer candidates for a longer query, which is also more specific.
    const cap = Math.min(MAX_CANDIDATES, Math.floor(CANDIDATE_BUDGET / folded.length));
    return kept.slice(0, cap).map((term) => ({ folded: data.termFolded[term]!, term }));
  }
}

/** Lower is better. Exact and prefix matches of names and aliases come before anything fuzzy. */
function rank(field: MatchField, term: string, query: string, fuseScore: number): number {
  const penalty = FIELD_PENALTY[field];
  if (field === 'name' || field === 'alias') {
    if (term === query) return EXACT + penalty;
    if (term.startsWith(query)) return PREFIX + penalty;
    if (term.includes(` ${query}`)) return WORD_PREFIX + penalty;
  }
  return fuseScore + penalty;
}

function trigramsOf(folded: string): string[] {
  const padded = ` ${folded} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
