/** Messages between the options page and the import worker, which does the heavy work off the page's thread. */
import type { BundleProblem } from '../bundle/validate';
import type { KbMeta } from '../extension/db';
import type { ImportMode, ImportPreview } from '../extension/import/importer';

export type ImportPhase = 'reading' | 'checking' | 'hashing' | 'comparing' | 'writing' | 'rolling-back' | 'exporting';

export type ImportRequest =
  | { type: 'check'; file: File }
  | { type: 'apply'; mode: ImportMode }
  | { type: 'discard' }
  | { type: 'rollback' }
  | { type: 'export' }
  | { type: 'status' };

export type ImportEvent =
  /** `total` is 0 while the amount of work is not known. */
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'rejected'; fileName: string; problems: BundleProblem[] }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'applied'; mode: ImportMode; meta: KbMeta; rollbackTo: KbMeta | null }
  | { type: 'rolled-back'; meta: KbMeta }
  | { type: 'exported'; fileName: string; file: Blob }
  | { type: 'status'; rollbackTo: KbMeta | null }
  /** Something failed that is not the file's fault (disk full, database closed); nothing was changed. */
  | { type: 'failed'; message: string };
