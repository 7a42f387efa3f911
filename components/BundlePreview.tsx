import type { ComponentChildren } from 'preact';
import type { ChangeList } from '../lib/import/diff';
import type { ImportMode, ImportPreview } from '../lib/extension/import/importer';
import { formatDay, formatNumber, formatSize, originAndDate } from '../lib/import/import-text';

/** What a checked bundle holds and what merging or replacing would change, with the choice between the two. */
export function BundlePreview(props: {
  preview: ImportPreview;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { preview, mode } = props;
  const { bundle, current } = preview;
  const diff = preview.diffs[mode];
  return (
    <div class="preview" data-testid="import-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">“{bundle.name}”</h3>
      <p data-testid="preview-bundle">
        Version {bundle.version}, made {formatDay(bundle.createdAt)}: {formatNumber(bundle.entities)} entities,{' '}
        {formatNumber(bundle.articles)} articles, {formatNumber(bundle.evidence)} quoted sentences. File{' '}
        {preview.fileName}, {formatSize(preview.fileSize)}.
      </p>
      {current && (
        <p>
          Your knowledge base now: “{current.bundleName}”, {originAndDate(current)}.
        </p>
      )}
      <fieldset>
        <legend>How to import</legend>
        <ModeOption value="merge" mode={mode} onMode={props.onMode}>
          <strong>Merge</strong>: update entities and articles by id, add new sentences and aliases, keep everything
          else.
        </ModeOption>
        <ModeOption value="replace" mode={mode} onMode={props.onMode}>
          <strong>Replace</strong>: the knowledge base becomes exactly this bundle.
        </ModeOption>
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
      <td data-kind="added">{formatNumber(list.added)}</td>
      <td data-kind="changed">{formatNumber(list.changed)}</td>
      <td data-kind="removed">{formatNumber(list.removed)}</td>
      <td data-kind="unchanged">{formatNumber(list.unchanged)}</td>
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
          {list[kind] > list.examples[kind].length
            ? ` and ${formatNumber(list[kind] - list.examples[kind].length)} more`
            : ''}
        </li>
      ))}
    </ul>
  );
}

/** One way to import, as a radio button with its explanation. */
function ModeOption(props: {
  value: ImportMode;
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="radio"
        name="import-mode"
        value={props.value}
        checked={props.mode === props.value}
        onChange={() => props.onMode(props.value)}
        data-testid={`mode-${props.value}`}
      />
      <span>{props.children}</span>
    </label>
  );
}
