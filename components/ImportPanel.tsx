/**
 * Import, export and rollback of the knowledge base, on the options page. The
 * work runs in the import worker; this component shows the preview, the
 * choice between merge and replace, progress, and what went wrong.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ask } from '../lib/background-client';
import type { BundleProblem } from '../lib/bundle/validate';
import type { KbMeta } from '../lib/db';
import type { ChangeList } from '../lib/import/diff';
import { startImportWorker, type ImportWorker } from '../lib/import/import-client';
import type { ImportMode, ImportPreview } from '../lib/import/importer';
import type { ImportEvent, ImportPhase } from '../lib/import/protocol';

type PanelState =
  | { kind: 'idle' }
  | { kind: 'busy'; phase: ImportPhase; done: number; total: number }
  | { kind: 'rejected'; fileName: string; problems: BundleProblem[] }
  | { kind: 'preview'; preview: ImportPreview; mode: ImportMode }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

const PHASES: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  checking: 'Checking the bundle',
  hashing: 'Checking that the content is intact',
  comparing: 'Comparing it with your knowledge base',
  writing: 'Writing the knowledge base',
  'rolling-back': 'Restoring the previous knowledge base',
  exporting: 'Preparing the export',
};

const number = (n: number) => n.toLocaleString('en-US');
const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function ImportPanel({ onChanged }: { onChanged: () => void }) {
  const [state, setState] = useState<PanelState>({ kind: 'idle' });
  const [rollbackTo, setRollbackTo] = useState<KbMeta | null>(null);
  const [dragging, setDragging] = useState(false);
  const worker = useRef<ImportWorker | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const changed = useRef(onChanged);
  changed.current = onChanged;

  useEffect(() => {
    let phase: ImportPhase | null = null;
    const onEvent = (event: ImportEvent) => {
      // Marks for the import benchmark (bench/import-bench.ts): when each phase began and when the work ended.
      if (event.type === 'progress' && event.phase !== phase) performance.mark(`backstory:import:${event.phase}`);
      if (event.type !== 'progress') performance.mark(`backstory:import:${event.type}`);
      phase = event.type === 'progress' ? event.phase : null;
      switch (event.type) {
        case 'progress':
          return setState({ kind: 'busy', phase: event.phase, done: event.done, total: event.total });
        case 'rejected':
          return setState({ kind: 'rejected', fileName: event.fileName, problems: event.problems });
        case 'preview':
          return setState({ kind: 'preview', preview: event.preview, mode: event.preview.current ? 'merge' : 'replace' });
        case 'applied':
          setRollbackTo(event.rollbackTo);
          return announceChange(`Imported “${event.meta.bundleName}” (${event.mode === 'merge' ? 'merged' : 'replaced'}).`);
        case 'rolled-back':
          setRollbackTo(null);
          return announceChange(`Rolled back to “${event.meta.bundleName}”.`);
        case 'exported':
          download(event.file, event.fileName);
          return setState({ kind: 'done', message: `Exported the knowledge base as ${event.fileName}.` });
        case 'status':
          return setRollbackTo(event.rollbackTo);
        case 'failed':
          return setState({ kind: 'failed', message: event.message });
      }
    };
    const announceChange = (what: string) => {
      changed.current();
      // The background rebuilds the matcher once and every open tab rescans.
      ask({ type: 'backstory:kb-changed' }).then(
        () => setState({ kind: 'done', message: `${what} Open pages use it now.` }),
        (error: unknown) => setState({ kind: 'done', message: `${what} Reload open pages to use it (${error instanceof Error ? error.message : String(error)}).` }),
      );
    };
    worker.current = startImportWorker(onEvent);
    worker.current.send({ type: 'status' });
    return () => worker.current?.close();
  }, []);

  // A file dropped anywhere on the page is imported, never opened by the browser in place of the page.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) check(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const check = (file: File) => {
    performance.mark('backstory:import:chosen');
    setState({ kind: 'busy', phase: 'reading', done: 0, total: file.size });
    worker.current?.send({ type: 'check', file });
  };
  const busy = state.kind === 'busy';

  return (
    <>
      <section aria-labelledby="import-heading" class="import">
        <h2 id="import-heading">Import a bundle</h2>
        <p>
          A bundle is the file that <code>npm run kb:build</code> makes from a set of articles, or one that a newsroom publishes. You see what it changes before
          anything is written.
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
          {state.kind === 'busy' && <Progress {...state} />}
          {state.kind === 'done' && (
            <p class="notice success" data-testid="import-done">
              {state.message}
            </p>
          )}
        </div>
        {state.kind === 'rejected' && <Problems fileName={state.fileName} problems={state.problems} />}
        {state.kind === 'failed' && (
          <p class="notice error" role="alert" data-testid="import-failed">
            {state.message}
          </p>
        )}
        {state.kind === 'preview' && (
          <Preview
            preview={state.preview}
            mode={state.mode}
            onMode={(mode) => setState({ ...state, mode })}
            onImport={() => {
              performance.mark('backstory:import:apply');
              worker.current?.send({ type: 'apply', mode: state.mode });
            }}
            onCancel={() => {
              worker.current?.send({ type: 'discard' });
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
          <button type="button" disabled={busy} onClick={() => worker.current?.send({ type: 'export' })} data-testid="export">
            Export the knowledge base
          </button>
          {rollbackTo && (
            <button type="button" disabled={busy} onClick={() => worker.current?.send({ type: 'rollback' })} data-testid="rollback">
              Roll back the last import, to “{rollbackTo.bundleName}” ({rollbackTo.origin === 'seed' ? 'installed' : 'imported'} {when(rollbackTo.importedAt)})
            </button>
          )}
        </div>
      </section>
    </>
  );
}

function Progress({ phase, done, total }: { phase: ImportPhase; done: number; total: number }) {
  const detail =
    total === 0 ? '' : phase === 'reading' ? ` ${size(done)} of ${size(total)}` : phase === 'checking' || phase === 'hashing' ? ` ${number(done)} of ${number(total)} entities and articles` : ` ${number(done)} of ${number(total)} parts`;
  return (
    <div class="progress" data-testid="import-progress" data-phase={phase}>
      <label for="import-progress-bar">
        {PHASES[phase]}…{detail}
      </label>
      {/* Without a value the bar is indeterminate: parsing and checking give no running count. */}
      <progress id="import-progress-bar" max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}

function Problems({ fileName, problems }: { fileName: string; problems: BundleProblem[] }) {
  return (
    <div class="notice error" role="alert" data-testid="import-problems">
      <p>
        <strong>{fileName ? `${fileName} was not imported.` : 'Nothing was done.'}</strong> Your knowledge base is unchanged.
      </p>
      <ul>
        {problems.map((problem) => (
          <li>
            {problem.path.startsWith('(') ? null : <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
      {problems.length >= 20 && <p>Only the first 20 problems are listed.</p>}
    </div>
  );
}

function Preview(props: { preview: ImportPreview; mode: ImportMode; onMode: (mode: ImportMode) => void; onImport: () => void; onCancel: () => void }) {
  const { preview, mode } = props;
  const { bundle, current } = preview;
  const diff = preview.diffs[mode];
  return (
    <div class="preview" data-testid="import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">“{bundle.name}”</h3>
      <p data-testid="preview-bundle">
        Version {bundle.version}, made {day(bundle.createdAt)}: {number(bundle.entities)} entities, {number(bundle.articles)} articles, {number(bundle.evidence)} quoted
        sentences. File {preview.fileName}, {size(preview.fileSize)}.
      </p>
      {current && (
        <p>
          Your knowledge base now: “{current.bundleName}”, {current.origin === 'seed' ? 'installed' : 'imported'} {when(current.importedAt)}.
        </p>
      )}
      <fieldset>
        <legend>How to import</legend>
        <label>
          <input type="radio" name="import-mode" value="merge" checked={mode === 'merge'} onChange={() => props.onMode('merge')} data-testid="mode-merge" />
          <span>
            <strong>Merge</strong>: update entities and articles by id, add new sentences and aliases, keep everything else.
          </span>
        </label>
        <label>
          <input type="radio" name="import-mode" value="replace" checked={mode === 'replace'} onChange={() => props.onMode('replace')} data-testid="mode-replace" />
          <span>
            <strong>Replace</strong>: the knowledge base becomes exactly this bundle.
          </span>
        </label>
      </fieldset>
      <table class="diff" data-testid="import-diff">
        <caption>What {mode === 'merge' ? 'merging' : 'replacing'} changes</caption>
        <thead>
          <tr>
            <th scope="col"></th>
            <th scope="col">New</th>
            <th scope="col">Changed</th>
            <th scope="col">Removed</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          <DiffRow label="Entities" list={diff.entities} testId="entities" />
          <DiffRow label="Articles" list={diff.articles} testId="articles" />
        </tbody>
      </table>
      <Examples list={diff.entities} />
      <div class="actions">
        <button type="button" class="primary" onClick={props.onImport} data-testid="import-apply">
          {mode === 'merge' ? 'Merge' : 'Replace'} now
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function DiffRow({ label, list, testId }: { label: string; list: ChangeList; testId: string }) {
  return (
    <tr data-testid={`diff-${testId}`}>
      <th scope="row">{label}</th>
      <td data-kind="added">{number(list.added)}</td>
      <td data-kind="changed">{number(list.changed)}</td>
      <td data-kind="removed">{number(list.removed)}</td>
      <td data-kind="unchanged">{number(list.unchanged)}</td>
    </tr>
  );
}

function Examples({ list }: { list: ChangeList }) {
  const rows = (['added', 'changed', 'removed'] as const).filter((kind) => list.examples[kind].length > 0);
  if (rows.length === 0) return null;
  const words = { added: 'New', changed: 'Changed', removed: 'Removed' };
  return (
    <ul class="examples" data-testid="diff-examples">
      {rows.map((kind) => (
        <li data-kind={kind}>
          {words[kind]}: {list.examples[kind].map((e) => e.name).join(', ')}
          {list[kind] > list.examples[kind].length ? ` and ${number(list[kind] - list.examples[kind].length)} more` : ''}
        </li>
      ))}
    </ul>
  );
}

function download(file: Blob, fileName: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
