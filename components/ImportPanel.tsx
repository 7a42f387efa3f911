/**
 * Import, export and rollback of the knowledge base, on the options page. The
 * work runs in the import worker (lib/extension/import/import-session.ts drives it); this
 * component shows the preview, the choice between merge and replace, progress,
 * and what went wrong.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KbMeta } from '../lib/extension/db';
import { listenForFileDrops } from '../lib/dom/import/file-drop';
import { startImportSession, type ImportPanelState, type ImportSession } from '../lib/extension/import/import-session';
import { originAndDate } from '../lib/import/import-text';
import { BundlePreview } from './BundlePreview';
import { BundleProblems } from './BundleProblems';
import { ImportProgress } from './ImportProgress';

export function ImportPanel({ onChanged }: { onChanged: () => void }) {
  const [state, setState] = useState<ImportPanelState>({ kind: 'idle' });
  const [rollbackTo, setRollbackTo] = useState<KbMeta | null>(null);
  const [dragging, setDragging] = useState(false);
  const session = useRef<ImportSession | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = useRef(onChanged);
  changed.current = onChanged;

  useEffect(() => {
    session.current = startImportSession({
      show: setState,
      showRollback: setRollbackTo,
      changed: () => changed.current(),
    });
    return () => session.current?.close();
  }, []);

  // A file dropped anywhere on the page is imported, never opened by the browser in place of the page.
  useEffect(
    () => listenForFileDrops(window, { dragging: setDragging, dropped: (file) => session.current?.check(file) }),
    [],
  );

  const check = (file: File) => session.current?.check(file);
  const busy = state.kind === 'busy';

  return (
    <>
      <section aria-labelledby="import-heading" class="import">
        <h2 id="import-heading">Import a bundle</h2>
        <p>
          A bundle is the file that <code>npm run kb:build</code> makes from a set of articles, or one that a newsroom
          publishes. You see what it changes before anything is written.
        </p>
        <div class={`drop-zone${dragging ? ' dragging' : ''}`} data-testid="drop-zone">
          <p>Drop a bundle file here, or</p>
          <label class="button">
            Choose a file…
            <input
              ref={fileInput}
              class="visually-hidden"
              type="file"
              accept=".json,application/json"
              disabled={busy}
              data-testid="import-file"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) check(file);
              }}
            />
          </label>
        </div>
        <div aria-live="polite">
          {state.kind === 'busy' && <ImportProgress {...state} />}
          {state.kind === 'done' && (
            <p class="notice success" data-testid="import-done">
              {state.message}
            </p>
          )}
        </div>
        {state.kind === 'rejected' && <BundleProblems fileName={state.fileName} problems={state.problems} />}
        {state.kind === 'failed' && (
          <p class="notice error" role="alert" data-testid="import-failed">
            {state.message}
          </p>
        )}
        {state.kind === 'preview' && (
          <BundlePreview
            preview={state.preview}
            mode={state.mode}
            onMode={(mode) => setState({ ...state, mode })}
            onImport={() => session.current?.apply(state.mode)}
            onCancel={() => {
              session.current?.discard();
              setState({ kind: 'idle' });
              fileInput.current?.focus();
            }}
          />
        )}
      </section>
      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Export and roll back</h2>
        <p>Export writes the knowledge base as a bundle file that imports back to the same state.</p>
        <div class="actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => session.current?.exportKnowledgeBase()}
            data-testid="export"
          >
            Export the knowledge base
          </button>
          {rollbackTo && (
            <button type="button" disabled={busy} onClick={() => session.current?.rollBack()} data-testid="rollback">
              Roll back the last import, to “{rollbackTo.bundleName}” ({originAndDate(rollbackTo)})
            </button>
          )}
        </div>
      </section>
    </>
  );
}
