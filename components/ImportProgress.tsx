import { PHASES, progressDetail } from '../lib/import/import-text';
import type { ImportPhase } from '../lib/import/protocol';

/** The import worker's current phase, with a bar that fills when the amount of work is known. */
export function ImportProgress({ phase, done, total }: { phase: ImportPhase; done: number; total: number }) {
  return (
    <div class="progress" data-testid="import-progress" data-phase={phase}>
      <label for="import-progress-bar">
        {PHASES[phase]}…{progressDetail(phase, done, total)}
      </label>
      {/* Without a value the bar is indeterminate: parsing and checking give no running count. */}
      <progress id="import-progress-bar" max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}
