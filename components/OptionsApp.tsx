import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask } from '../lib/extension/background-client';
import type { KbCounts } from '../lib/extension/db';
import { ImportPanel } from './ImportPanel';
import { KbSummary } from './KbSummary';
import { ReadingSettings } from './ReadingSettings';

export function OptionsApp() {
  const [counts, setCounts] = useState<KbCounts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    ask({ type: 'backstory:kb-stats' }).then(
      (value) => {
        setCounts(value);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  useEffect(refresh, [refresh]);
  return (
    <main>
      <h1>Backstory</h1>
      <section aria-labelledby="kb-heading">
        <h2 id="kb-heading">Knowledge base</h2>
        {error ? <p role="alert">{error}</p> : <KbSummary counts={counts} />}
      </section>
      <ImportPanel onChanged={refresh} />
      <ReadingSettings />
    </main>
  );
}
