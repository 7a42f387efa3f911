/**
 * The import worker: reads, checks, compares and writes bundles off the
 * options page's thread, so the page keeps painting its progress bar. Closing
 * the page ends the worker and aborts an unfinished transaction.
 */
import { BackstoryDb } from '../db';
import {
  applyImport,
  checkBundleFile,
  exportKnowledgeBase,
  prepareImport,
  rollbackLastImport,
  rollbackTarget,
  type PreparedImport,
} from './importer';
import type { ImportEvent, ImportPhase, ImportRequest } from '../../import/protocol';
import { readText } from '../../dom/import/read-text';

declare const self: {
  postMessage(event: ImportEvent): void;
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
};

const db = new BackstoryDb();
let prepared: PreparedImport | null = null;

const post = (event: ImportEvent) => self.postMessage(event);
const progress = (phase: ImportPhase, done = 0, total = 0) => post({ type: 'progress', phase, done, total });

/** Progress of a write, at most one message per frame's worth of time. */
function writeProgress(phase: ImportPhase) {
  let last = 0;
  return ({ written, total }: { written: number; total: number }) => {
    const now = performance.now();
    if (written === total || now - last > 16) {
      last = now;
      progress(phase, written, total);
    }
  };
}

async function handle(request: ImportRequest): Promise<void> {
  switch (request.type) {
    case 'check': {
      prepared = null;
      const { file } = request;
      progress('reading', 0, file.size);
      const checked = await checkBundleFile(
        {
          name: file.name,
          size: file.size,
          text: async () => {
            const text = await readText(file, (bytes) => progress('reading', bytes, file.size));
            progress('checking');
            return text;
          },
        },
        (phase, done, total) => progress(phase, done, total),
      );
      if (!checked.ok) {
        post({ type: 'rejected', fileName: file.name, problems: checked.problems });
        return;
      }
      progress('comparing');
      prepared = await prepareImport(db, file, checked.value);
      post({ type: 'preview', preview: prepared.preview });
      return;
    }
    case 'apply': {
      if (!prepared) {
        post({ type: 'failed', message: 'Choose a bundle file first.' });
        return;
      }
      const plan = prepared;
      prepared = null;
      progress('writing', 0, 0);
      const result = await applyImport(db, plan, request.mode, writeProgress('writing'));
      if (!result.ok) {
        post({ type: 'rejected', fileName: plan.preview.fileName, problems: result.problems });
        return;
      }
      post({ type: 'applied', mode: request.mode, meta: result.value, rollbackTo: await rollbackTarget(db) });
      return;
    }
    case 'discard':
      prepared = null;
      return;
    case 'rollback': {
      progress('rolling-back', 0, 0);
      const result = await rollbackLastImport(db);
      if (!result.ok) {
        post({ type: 'rejected', fileName: '', problems: result.problems });
        return;
      }
      post({ type: 'rolled-back', meta: result.value });
      return;
    }
    case 'export': {
      progress('exporting');
      const exported = await exportKnowledgeBase(db);
      if (!exported) {
        post({ type: 'failed', message: 'There is no knowledge base to export yet.' });
        return;
      }
      post({
        type: 'exported',
        fileName: exported.fileName,
        file: new Blob([exported.json], { type: 'application/json' }),
      });
      return;
    }
    case 'status':
      post({ type: 'status', rollbackTo: await rollbackTarget(db) });
      return;
  }
}

const ACTIONS: Record<ImportRequest['type'], string> = {
  check: 'check of the file',
  apply: 'import',
  discard: 'import',
  rollback: 'rollback',
  export: 'export',
  status: 'look-up',
};

/** A failure that is not the file's fault, in words a reader can act on. */
function failureMessage(request: ImportRequest, error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || /quota/iu.test(detail))
    return 'There is not enough disk space for this knowledge base. Free some space and try again; nothing was changed.';
  return `The ${ACTIONS[request.type]} stopped and nothing was changed: ${detail}`;
}

self.onmessage = (event) => {
  handle(event.data).catch((error: unknown) => {
    console.error('Backstory: import worker', error);
    post({ type: 'failed', message: failureMessage(event.data, error) });
  });
};
