/**
 * The options page's side of an import, export or rollback: requests to the
 * import worker, its events turned into what the panel shows, the background
 * told when the knowledge base changed, and the export handed to the browser's
 * downloads. The panel only renders the state it is given.
 */
import { ask } from '../background-client';
import type { BundleProblem } from '../../bundle/validate';
import type { KbMeta } from '../db';
import { startImportWorker } from './import-client';
import type { ImportMode, ImportPreview } from './importer';
import { IMPORT_TEXT } from '../../import/import-text';
import type { ImportEvent, ImportPhase } from '../../import/protocol';
import { markStep } from '../../dom/bench-hooks';

export type ImportPanelState =
  | { kind: 'idle' }
  | { kind: 'busy'; phase: ImportPhase; done: number; total: number }
  | { kind: 'rejected'; fileName: string; problems: BundleProblem[] }
  | { kind: 'preview'; preview: ImportPreview; mode: ImportMode }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/** What the session tells the panel. */
export interface ImportView {
  show(state: ImportPanelState): void;
  /** The knowledge base a rollback would restore, or null when there is none. */
  showRollback(to: KbMeta | null): void;
  /** The stored knowledge base changed (an import or a rollback). */
  changed(): void;
}

export interface ImportSession {
  /** Reads and checks `file`, then shows its preview (or its problems). */
  check(file: File): void;
  apply(mode: ImportMode): void;
  discard(): void;
  exportKnowledgeBase(): void;
  rollBack(): void;
  close(): void;
}

/** Starts the import worker and asks it whether there is a knowledge base to roll back to. */
export function startImportSession(view: ImportView): ImportSession {
  let phase: ImportPhase | null = null;
  const onEvent = (event: ImportEvent) => {
    // Marks for the import benchmark (bench/import-bench.ts): when each phase began and when the work ended.
    if (event.type === 'progress' && event.phase !== phase) markStep(`import:${event.phase}`);
    if (event.type !== 'progress') markStep(`import:${event.type}`);
    phase = event.type === 'progress' ? event.phase : null;
    switch (event.type) {
      case 'progress':
        view.show({ kind: 'busy', phase: event.phase, done: event.done, total: event.total });
        break;
      case 'rejected':
        view.show({ kind: 'rejected', fileName: event.fileName, problems: event.problems });
        break;
      case 'preview':
        view.show({ kind: 'preview', preview: event.preview, mode: event.preview.current ? 'merge' : 'replace' });
        break;
      case 'applied':
        view.showRollback(event.rollbackTo);
        announceChange(IMPORT_TEXT.imported(event.meta.bundleName, event.mode));
        break;
      case 'rolled-back':
        view.showRollback(null);
        announceChange(IMPORT_TEXT.rolledBack(event.meta.bundleName));
        break;
      case 'exported':
        download(event.file, event.fileName);
        view.show({ kind: 'done', message: IMPORT_TEXT.exported(event.fileName) });
        break;
      case 'status':
        view.showRollback(event.rollbackTo);
        break;
      case 'failed':
        view.show({ kind: 'failed', message: event.message });
        break;
    }
  };
  const announceChange = (what: string) => {
    view.changed();
    // The background rebuilds the matcher once and every open tab rescans.
    ask({ type: 'backstory:kb-changed' }).then(
      () => view.show({ kind: 'done', message: IMPORT_TEXT.openPagesUpdated(what) }),
      (error: unknown) =>
        view.show({
          kind: 'done',
          message: IMPORT_TEXT.openPagesNotUpdated(what, error instanceof Error ? error.message : String(error)),
        }),
    );
  };
  const worker = startImportWorker(onEvent);
  worker.send({ type: 'status' });
  return {
    check(file) {
      markStep('import:chosen');
      view.show({ kind: 'busy', phase: 'reading', done: 0, total: file.size });
      worker.send({ type: 'check', file });
    },
    apply(mode) {
      markStep('import:apply');
      worker.send({ type: 'apply', mode });
    },
    discard: () => worker.send({ type: 'discard' }),
    exportKnowledgeBase: () => worker.send({ type: 'export' }),
    rollBack: () => worker.send({ type: 'rollback' }),
    close: () => worker.close(),
  };
}

function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
