import { useEffect, useState } from 'preact/hooks';
import {
  HOVER_DELAY_RANGE,
  onSettingsChanged,
  readSettings,
  removeWrongLink,
  updateSettings,
  type Settings,
} from '../lib/extension/settings';

/** Options: the hover delay, and the links marked wrong on each site, each of which can be undone. */
export function ReadingSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;
  const sites = Object.entries(settings.wrongLinks).filter(([, aliases]) => aliases.length > 0);
  const undo = (origin: string, alias: string) => removeWrongLink(origin, alias);
  return (
    <>
      <section aria-labelledby="reading-heading">
        <h2 id="reading-heading">Reading</h2>
        <label>
          Open a card after the pointer rests for{' '}
          <input
            type="number"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const ms = Number(e.currentTarget.value);
              if (Number.isFinite(ms) && ms >= HOVER_DELAY_RANGE.min && ms <= HOVER_DELAY_RANGE.max)
                void updateSettings((s) => ({ ...s, hoverDelayMs: ms }));
            }}
          />{' '}
          ms
        </label>
      </section>
      <section aria-labelledby="wrong-heading">
        <h2 id="wrong-heading">Links marked wrong</h2>
        {sites.length === 0 ? (
          <p class="muted">None. Choose “Wrong link?” on a card to stop a name linking on one site.</p>
        ) : (
          <ul class="wrong-links">
            {sites.flatMap(([origin, aliases]) =>
              aliases.map((alias) => (
                <li key={`${origin} ${alias}`}>
                  “{alias}” on {origin}{' '}
                  <button
                    type="button"
                    onClick={() => void undo(origin, alias)}
                    aria-label={`Link “${alias}” again on ${origin}`}
                  >
                    Undo
                  </button>
                </li>
              )),
            )}
          </ul>
        )}
      </section>
    </>
  );
}
