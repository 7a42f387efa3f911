/** The in-page half of the popup-search benchmark: bench/search-bench.ts bundles it into a blank Chromium page. */
import type { SearchEntity } from '../lib/search/search-index-data';
import { ranks, setUp, typeQueries, type Contenders } from './search-keystrokes';

let contenders: Contenders | null = null;
const now = () => performance.now();

const api = {
  setUp(entities: SearchEntity[]) {
    contenders = setUp(entities, now);
    return contenders.setup;
  },
  type(queries: string[], rounds: number, fuseRounds: number, fuseEvery: number) {
    return typeQueries(contenders!, queries, rounds, fuseRounds, now, fuseEvery);
  },
  ranks(query: string, id: string) {
    return ranks(contenders!, query, id);
  },
};
export type SearchPageApi = typeof api;
(window as unknown as { searchBench: SearchPageApi }).searchBench = api;
