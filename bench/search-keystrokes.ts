/**
 * The popup-search benchmark's timed part, the same in Node and in a Chromium
 * page: each query typed one character at a time, every prefix searched by
 * Backstory's SearchIndex and by a plain Fuse.js over whole entities,
 * alternating which goes first.
 */
import Fuse from 'fuse.js';
import type { SearchEntity } from '../lib/search/search-index-data';
import { SearchIndex } from '../lib/search/search-index';

/** What the popup asks for: one more than it shows, to know whether there are more. */
const RESULT_LIMIT = 31;

/** The baseline: Fuse.js over whole entity objects, its defaults but for `ignoreLocation` (evidence sentences are long). */
const PLAIN_FUSE_OPTIONS = Object.freeze({
  keys: ['name', 'aliases', 'role', 'evidence'],
  ignoreLocation: true,
  includeScore: true,
});

export interface Keystroke {
  query: string;
  prefix: string;
  round: number;
  backstoryMs: number;
  fuseMs: number | null;
}

export interface Contenders {
  backstory: SearchIndex;
  fuse: Fuse<SearchEntity>;
  setup: { buildMs: number; toDataMs: number; cloneMs: number; fromDataMs: number; fuseIndexMs: number; terms: number };
}

/** Builds both contenders and times how (times in ms). */
export function setUp(entities: readonly SearchEntity[], now: () => number): Contenders {
  let t = now();
  const built = SearchIndex.build(entities);
  const buildMs = now() - t;
  t = now();
  const data = built.toData();
  const toDataMs = now() - t;
  t = now();
  const copy = structuredClone(data); // what IndexedDB does to the cached index, both ways
  const cloneMs = now() - t;
  t = now();
  const backstory = SearchIndex.fromData(copy)!;
  const fromDataMs = now() - t;
  t = now();
  const fuse = new Fuse([...entities], PLAIN_FUSE_OPTIONS);
  const fuseIndexMs = now() - t;
  return { backstory, fuse, setup: { buildMs, toDataMs, cloneMs, fromDataMs, fuseIndexMs, terms: built.termCount } };
}

/**
 * Types every query, one character at a time, `rounds` times. Plain Fuse.js
 * takes about a second a keystroke at 10,000 entities, so it runs only in the
 * first `fuseRounds` rounds and there on every `fuseEvery`-th keystroke.
 * @returns one sample per keystroke
 */
export function typeQueries(
  contenders: Contenders,
  queries: readonly string[],
  rounds: number,
  fuseRounds: number,
  now: () => number,
  fuseEvery = 1,
): Keystroke[] {
  const samples: Keystroke[] = [];
  let flip = false;
  let keystroke = 0;
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      for (let i = 1; i <= query.length; i++) {
        const prefix = query.slice(0, i);
        const runFuse = round < fuseRounds && keystroke++ % fuseEvery === 0;
        let backstoryMs = 0;
        let fuseMs: number | null = null;
        const ours = () => {
          const t = now();
          contenders.backstory.search(prefix, { limit: RESULT_LIMIT });
          backstoryMs = now() - t;
        };
        const theirs = () => {
          const t = now();
          contenders.fuse.search(prefix, { limit: RESULT_LIMIT });
          fuseMs = now() - t;
        };
        flip = !flip;
        if (flip || !runFuse) {
          ours();
          if (runFuse) theirs();
        } else {
          theirs();
          ours();
        }
        samples.push({ query, prefix, round, backstoryMs, fuseMs });
      }
    }
  }
  return samples;
}

/** Rank of `id` in each contender's results for the whole query (0 = first), or -1. */
export function ranks(contenders: Contenders, query: string, id: string): { backstory: number; fuse: number } {
  return {
    backstory: contenders.backstory.search(query, { limit: RESULT_LIMIT }).findIndex((h) => h.entity.id === id),
    fuse: contenders.fuse.search(query, { limit: RESULT_LIMIT }).findIndex((r) => r.item.id === id),
  };
}
