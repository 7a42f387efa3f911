/**
 * The search index as plain data, and how it is built: each name, alias and
 * role of an entity once, each distinct word of its evidence sentences once
 * (with the entities whose sentences hold it), and the trigrams of every term.
 * Typed arrays and arrays of strings, so that it can be cached in IndexedDB.
 */
import { ENTITY_TYPES, type EntityType } from '../bundle/schema';
import { foldForSearch, forEachFoldedWord } from './fold';

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
export const FIELDS: readonly MatchField[] = ['name', 'alias', 'role', 'evidence'];

const MIN_EVIDENCE_WORD = 4;

/** Entity or term numbers: 16 bits while there are at most 65,536 of them (half the bytes to read back). */
export type Numbers = Uint16Array | Uint32Array;

/**
 * The index as plain data: typed arrays and arrays of strings, cheap to store
 * in IndexedDB and to read back. Reading it back is the popup's critical path,
 * so the entities are stored column by column (10,000 small objects cost
 * IndexedDB three times as much to read back as a few arrays).
 */
export interface SearchIndexData {
  /** The format it was written in: data read back from storage may be of an older one, which `SearchIndex.fromData` refuses. */
  format: number;
  entityIds: string[];
  entityNames: string[];
  /** Index into ENTITY_TYPES. */
  entityTypes: Uint8Array;
  entityRoles: string[];
  entityNatives: (string | null)[];
  entityMentions: Uint32Array;
  /** Aliases of entity e: entityAliases[entityAliasStart[e] .. entityAliasStart[e + 1]). */
  entityAliasStart: Uint32Array;
  entityAliases: string[];
  /** Per term: folded text, display text ('' when it is the folded text), field (index into FIELDS). */
  termFolded: string[];
  termDisplay: string[];
  termField: Uint8Array;
  /** Entities of term t: termEntities[termEntityStart[t] .. termEntityStart[t + 1]). */
  termEntityStart: Uint32Array;
  termEntities: Numbers;
  /** Terms holding trigram g (sorted): gramTerms[gramStart[g] .. gramStart[g + 1]). */
  gramKeys: string[];
  gramStart: Uint32Array;
  gramTerms: Numbers;
}
export const DATA_FORMAT = 3;

/** The index data of `entities` (their order is kept: term entities point into it). */
export function buildIndexData(entities: readonly SearchEntity[]): SearchIndexData {
  const termFolded: string[] = [];
  const termDisplay: string[] = [];
  const termField: number[] = [];
  const termEntities: number[][] = [];
  const byKey = new Map<string, number>();
  const memo = new Map<string, string>();

  const newTerm = (fieldCode: number, display: string, folded: string): number => {
    termDisplay.push(display === folded ? '' : display);
    termField.push(fieldCode);
    termEntities.push([]);
    return termFolded.push(folded) - 1;
  };
  const add = (field: MatchField, display: string, folded: string, entity: number): void => {
    if (folded.length === 0) return;
    const fieldCode = FIELDS.indexOf(field);
    const key = `${fieldCode}\u0000${display}`;
    let term = byKey.get(key);
    if (term === undefined) byKey.set(key, (term = newTerm(fieldCode, display, folded)));
    const list = termEntities[term]!;
    if (list[list.length - 1] !== entity) list.push(entity);
  };
  // Evidence words are most of the work: one map keyed by the folded word itself.
  const evidenceField = FIELDS.indexOf('evidence');
  const evidenceTerms = new Map<string, number[]>();
  const addWord = (word: string, entity: number): void => {
    let list = evidenceTerms.get(word);
    if (list === undefined) {
      list = termEntities[newTerm(evidenceField, word, word)]!;
      evidenceTerms.set(word, list);
    }
    if (list[list.length - 1] !== entity) list.push(entity);
  };

  entities.forEach((entity, index) => {
    add('name', entity.name, foldForSearch(entity.name), index);
    for (const alias of new Set([...entity.aliases, ...(entity.nativeName ? [entity.nativeName] : [])])) {
      if (alias !== entity.name) add('alias', alias, foldForSearch(alias), index);
    }
    add('role', entity.role, foldForSearch(entity.role), index);
    const visit = (word: string) => addWord(word, index);
    for (const sentence of entity.evidence) forEachFoldedWord(sentence, MIN_EVIDENCE_WORD, visit, memo);
  });

  const gramLists = new Map<string, number[]>();
  termFolded.forEach((folded, term) => {
    const padded = ` ${folded} `;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const gram = padded.slice(i, i + 3);
      const list = gramLists.get(gram);
      if (!list) gramLists.set(gram, [term]);
      else if (list[list.length - 1] !== term) list.push(term);
    }
  });

  const pack = (lists: readonly number[][], count: number, largest: number) => {
    const start = new Uint32Array(count + 1);
    let total = 0;
    let i = 0;
    for (const list of lists) {
      start[i++] = total;
      total += list.length;
    }
    start[count] = total;
    const flat = largest <= 0xffff ? new Uint16Array(total) : new Uint32Array(total);
    i = 0;
    for (const list of lists) flat.set(list, start[i++]);
    return { start, flat };
  };
  const entityLists = pack(termEntities, termEntities.length, entities.length - 1);
  const gramPacked = pack([...gramLists.values()], gramLists.size, termFolded.length - 1);
  const aliasStart = new Uint32Array(entities.length + 1);
  entities.forEach((e, i) => (aliasStart[i + 1] = aliasStart[i]! + e.aliases.length));

  return {
    format: DATA_FORMAT,
    entityIds: entities.map((e) => e.id),
    entityNames: entities.map((e) => e.name),
    entityTypes: Uint8Array.from(entities, (e) => ENTITY_TYPES.indexOf(e.type)),
    entityRoles: entities.map((e) => e.role),
    entityNatives: entities.map((e) => e.nativeName),
    entityMentions: Uint32Array.from(entities, (e) => e.mentionCount),
    entityAliasStart: aliasStart,
    entityAliases: entities.flatMap((e) => e.aliases),
    termFolded,
    termDisplay,
    termField: Uint8Array.from(termField),
    termEntityStart: entityLists.start,
    termEntities: entityLists.flat,
    gramKeys: [...gramLists.keys()],
    gramStart: gramPacked.start,
    gramTerms: gramPacked.flat,
  };
}
