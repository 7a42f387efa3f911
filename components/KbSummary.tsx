import type { KbCounts } from '../lib/extension/db';

/** The knowledge base's figures: entities, articles, bundle, last import. */
export function KbSummary({ counts }: { counts: KbCounts | null }) {
  if (!counts)
    return (
      <p class="kb-summary" aria-busy="true">
        Reading the knowledge base…
      </p>
    );
  const meta = counts.meta;
  return (
    <dl class="kb-summary">
      <div>
        <dt>Entities</dt>
        <dd data-testid="kb-entities">{counts.entities.toLocaleString()}</dd>
      </div>
      <div>
        <dt>Articles</dt>
        <dd data-testid="kb-articles">{counts.articles.toLocaleString()}</dd>
      </div>
      <div>
        <dt>Bundle</dt>
        <dd data-testid="kb-bundle">{meta ? `${meta.bundleName} (format ${meta.bundleVersion})` : 'none'}</dd>
      </div>
      <div>
        <dt>{meta?.origin === 'import' ? 'Imported' : 'Installed'}</dt>
        <dd data-testid="kb-date">{meta ? new Date(meta.importedAt).toLocaleString() : '—'}</dd>
      </div>
    </dl>
  );
}
