/**
 * The popup's search over the whole knowledge base. Fuse.js scores the
 * candidates; a trigram index picks those candidates first, so each keystroke
 * runs Fuse over a few hundred short strings instead of every entity.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { EntityType } from '../bundle/schema';
import { foldForSearch } from './fold';

export interface SearchEntity {
  id: string;
  name: string;
  type: EntityType;
  role: string;
  aliases: readonly string[];
  nativeName: string | null;
  mentionCount: number;
  /** Evidence sentences (only their words are indexed). */
  evidence: readonly string[];
}

export type MatchField = 'name' | 'alias' | 'role' | 'evidence';

export interface SearchHit {
  entity: SearchEntity;
  score: number;
  field: MatchField;
  /** The text that matched: the name, an alias, the role or an evidence word. */
  matched: string;
}

export interface SearchOptions {
  types?: readonly EntityType[];
  limit?: number;
}

/** The tuned Fuse.js options, in one place. */
export const FUSE_OPTIONS: Readonly<IFuseOptions<{ folded: string }>> = Object.freeze({
  keys: ['folded'],
  includeScore: true,
  threshold: 0.4,
  // Names are short and roles are whole phrases: where the match sits must not matter.
  ignoreLocation: true,
  ignoreFieldNorm: true,
  minMatchCharLength: 2,
  shouldSort: false,
});

const FIELD_PENALTY: Record<MatchField, number> = { name: 0, alias: 0.03, role: 0.2, evidence: 0.3 };
const MAX_CANDIDATES = 400;
const MAX_PATTERN = 32; // Fuse's Bitap works on at most 32 characters
const MIN_EVIDENCE_WORD = 4;

interface Term {
  folded: string;
  display: string;
  field: MatchField;
  entities: number[];
}

export class SearchIndex {
  private readonly terms: Term[] = [];
  private readonly trigrams = new Map<string, number[]>();
  private readonly counts: Uint16Array;

  constructor(readonly entities: readonly SearchEntity[]) {
    const words = new Map<string, Term>();
    entities.forEach((entity, index) => {
      this.addTerm(entity.name, 'name', [index]);
      for (const alias of new Set([...entity.aliases, ...(entity.nativeName ? [entity.nativeName] : [])])) {
        if (alias !== entity.name) this.addTerm(alias, 'alias', [index]);
      }
      this.addTerm(entity.role, 'role', [index]);
      for (const sentence of entity.evidence) {
        for (const word of foldForSearch(sentence).split(' ')) {
          if (word.length < MIN_EVIDENCE_WORD) continue;
          const term = words.get(word);
          if (!term) words.set(word, { folded: word, display: word, field: 'evidence', entities: [index] });
          else if (term.entities[term.entities.length - 1] !== index) term.entities.push(index);
        }
      }
    });
    for (const term of words.values()) this.index(term);
    this.counts = new Uint16Array(this.terms.length);
  }

  private addTerm(display: string, field: MatchField, entities: number[]): void {
    const folded = foldForSearch(display);
    if (folded.length > 0) this.index({ folded, display, field, entities });
  }

  private index(term: Term): void {
    const id = this.terms.push(term) - 1;
    for (const gram of trigramsOf(term.folded)) {
      const postings = this.trigrams.get(gram);
      if (postings) {
        if (postings[postings.length - 1] !== id) postings.push(id);
      } else this.trigrams.set(gram, [id]);
    }
  }

  /** Entities for `query`, best first: exact names, then exact aliases, then fuzzy matches. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const folded = foldForSearch(query).slice(0, MAX_PATTERN).trim();
    if (folded.length < 2) return [];
    const candidates = this.candidates(folded);
    const fuse = new Fuse(candidates, FUSE_OPTIONS);
    const best = new Map<number, SearchHit>();
    const types = options.types && options.types.length > 0 ? new Set(options.types) : null;
    for (const result of fuse.search(folded)) {
      const term = result.item;
      const score = rank(term, folded, result.score ?? 1);
      for (const index of term.entities) {
        const entity = this.entities[index]!;
        if (types && !types.has(entity.type)) continue;
        const seen = best.get(index);
        if (!seen || score < seen.score) best.set(index, { entity, score, field: term.field, matched: term.display });
      }
    }
    return [...best.values()]
      .sort((a, b) => a.score - b.score || b.entity.mentionCount - a.entity.mentionCount || a.entity.name.localeCompare(b.entity.name))
      .slice(0, options.limit ?? 20);
  }

  /** Terms sharing the most trigrams with the query. */
  private candidates(folded: string): Term[] {
    const grams = trigramsOf(folded);
    const counts = this.counts;
    const touched: number[] = [];
    for (const gram of grams) {
      for (const id of this.trigrams.get(gram) ?? []) {
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const needed = Math.max(1, Math.floor(grams.length / 4));
    const kept = touched.filter((id) => counts[id]! >= needed);
    kept.sort((a, b) => counts[b]! - counts[a]! || this.terms[a]!.folded.length - this.terms[b]!.folded.length);
    for (const id of touched) counts[id] = 0;
    return kept.slice(0, MAX_CANDIDATES).map((id) => this.terms[id]!);
  }
}

/** Lower is better. Exact and prefix matches of names and aliases come before anything fuzzy. */
function rank(term: Term, query: string, fuseScore: number): number {
  const penalty = FIELD_PENALTY[term.field];
  if (term.field === 'name' || term.field === 'alias') {
    if (term.folded === query) return -2 + penalty;
    if (term.folded.startsWith(query) || term.folded.includes(` ${query}`)) return -1 + penalty;
  }
  return fuseScore + penalty;
}

function trigramsOf(folded: string): string[] {
  const padded = ` ${folded} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
