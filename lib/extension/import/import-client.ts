/** The options page's handle on the import worker. */
import type { ImportEvent, ImportRequest } from '../../import/protocol';

export interface ImportWorker {
  send(request: ImportRequest): void;
  close(): void;
}

export function startImportWorker(onEvent: (event: ImportEvent) => void): ImportWorker {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ImportEvent>) => onEvent(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onEvent({
      type: 'failed',
      message: `The import worker stopped (${event.message || 'no reason given'}); nothing was changed. Reload this page and try again.`,
    });
  };
  return {
    send: (request) => worker.postMessage(request),
    close: () => worker.terminate(),
  };
}
