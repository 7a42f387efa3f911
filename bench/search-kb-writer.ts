/**
 * Bundled by bench/search-bench.ts and evaluated in an extension page: writes a
 * knowledge base with the extension's own database code, as an import does.
 */
import type { Bundle } from '../lib/bundle/schema';
import { BackstoryDb, replaceKnowledgeBase } from '../lib/db';

const api = {
  async replace(bundle: Bundle): Promise<void> {
    const db = new BackstoryDb();
    try {
      await replaceKnowledgeBase(db, bundle, 'import');
    } finally {
      db.close();
    }
  },
};
export type KbWriterApi = typeof api;
(globalThis as unknown as { benchKb: KbWriterApi }).benchKb = api;
