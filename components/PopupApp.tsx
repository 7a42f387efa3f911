import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { KbCounts } from '../lib/extension/db';
import type { PageEntity } from '../lib/popup/page-entities';
import type { PopupServices } from '../lib/extension/popup/popup-services';
import { POPUP_TEXT, errorText } from '../lib/popup/popup-text';
import { entityParam } from '../lib/popup/target-tab';
import type { Settings } from '../lib/extension/settings';
import { EntityView } from './EntityView';
import { SearchPanel, type IndexState, type TypeFilter } from './SearchPanel';
import { ThisPage, type PageState } from './ThisPage';
import { markStep } from '../lib/dom/bench-hooks';

export interface PopupAppProps {
  services: PopupServices;
  /** The entity of `#entity=<id>`: the popup opens on its detail view. */
  initialEntity: string | null;
}

/** After a switch changes, the page repaints on its own schedule: the list is read again a few times. */
const REREAD_AFTER_MS = [150, 500, 1200, 2500];

/** The toolbar popup: search the knowledge base, see what Backstory found on the page, switch it off. */
export function PopupApp({ services, initialEntity }: PopupAppProps) {
  const [stack, setStack] = useState<string[]>(initialEntity ? [initialEntity] : []);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<TypeFilter>('all');
  const [active, setActive] = useState(0);
  const [index, setIndex] = useState<IndexState>({ status: 'loading' });
  const [counts, setCounts] = useState<KbCounts | null>(null);
  const [countsError, setCountsError] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [notice, setNotice] = useState<string | null>(null);
  const marks = useRef({ focused: false, ready: false, done: false });
  const current = stack[stack.length - 1] ?? null;

  const mark = useCallback((what: 'focused' | 'ready') => {
    const m = marks.current;
    if (m[what]) return;
    m[what] = true;
    markStep(what === 'focused' ? 'search-focused' : 'index-ready');
    if (m.focused && m.ready && !m.done) {
      m.done = true;
      // Time to interactive: the search box has focus and the knowledge base is searchable (bench/search-bench.ts reads this).
      markStep('interactive');
      document.documentElement.dataset.ready = 'true';
    }
  }, []);

  // Layout effects, not effects: an index that is already read shows before the first paint, not a frame later.
  useLayoutEffect(() => {
    services.index.then(
      (loaded) => setIndex({ status: 'ready', index: loaded.index }),
      (error: unknown) => setIndex({ status: 'error', message: errorText(error) }),
    );
    services.counts().then(setCounts, (error: unknown) => setCountsError(errorText(error)));
    void services.readSettings().then(setSettings);
    return services.onSettingsChanged(setSettings);
  }, [services]);

  useLayoutEffect(() => {
    if (index.status === 'ready') mark('ready');
  }, [index, mark]);

  const readPage = useCallback(async (): Promise<PageState> => {
    const found = await services.readPage();
    const next: PageState = found ? { status: 'ready', ...found } : { status: 'none' };
    setPage(next);
    return next;
  }, [services]);

  const timers = useRef<number[]>([]);
  const rereadSoon = useCallback(() => {
    timers.current.forEach(clearTimeout);
    timers.current = REREAD_AFTER_MS.map((ms) => window.setTimeout(() => void readPage(), ms));
  }, [readPage]);

  useEffect(() => {
    void readPage().then((read) => {
      // A page that is still loading may not have been read yet.
      if (
        read.status === 'ready' &&
        (read.tab.origin !== null || read.tab.url === null) &&
        (read.read.kind !== 'mentions' || read.read.mentions.length === 0)
      )
        rereadSoon();
    });
    return () => timers.current.forEach(clearTimeout);
  }, [readPage]);

  // The hash names the entity on show, so that a reload (or the card's link) lands on the same view.
  useEffect(() => {
    const hash = current ? `#entity=${encodeURIComponent(current)}` : '';
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  }, [current]);
  useEffect(() => {
    const onHash = () => {
      const id = entityParam(location.hash);
      if (id) setStack((s) => (s[s.length - 1] === id ? s : [...s, id]));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const open = useCallback((id: string) => {
    setNotice(null);
    setStack((s) => (s[s.length - 1] === id ? s : [...s, id]));
  }, []);
  const back = useCallback(() => setStack((s) => s.slice(0, -1)), []);

  const mentionsOnPage = page.status === 'ready' && page.read.kind === 'mentions' ? page.read.mentions : [];
  const reveal = useCallback(
    async (entityId: string, name: string) => {
      if (page.status !== 'ready') return;
      setNotice(null);
      const found = await services.reveal(page.tab, entityId).catch(() => false);
      if (!found) setNotice(POPUP_TEXT.revealMissing(name));
    },
    [page, services],
  );
  const changeSettings = (change: (s: Settings) => Settings) => {
    setNotice(null);
    services.updateSettings(change).then(
      (next) => {
        setSettings(next);
        rereadSoon();
      },
      (error: unknown) => setNotice(POPUP_TEXT.settingsFailed(errorText(error))),
    );
  };

  const loadEntity = useCallback((id: string) => Promise.all([services.detail(id), services.evidence(id)]), [services]);
  const excerpt = useCallback((id: string, word: string) => services.excerpt(id, word), [services]);
  const previous = stack[stack.length - 2];
  const previousName = previous && index.status === 'ready' ? index.index.nameOf(previous) : undefined;

  return (
    <div class="popup">
      <header class="bar">
        <h1 class="brand">
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M4 3h8l4 4v10H4z" />
            <path d="M7 9h6M7 12h6M7 15h4" />
          </svg>
          Backstory
        </h1>
        <button type="button" class="icon" onClick={services.openOptions} aria-label="Open the options" title="Options">
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <circle cx="10" cy="10" r="2.5" />
            <path d="M10 2.5v2.2M10 15.3v2.2M2.5 10h2.2M15.3 10h2.2M4.7 4.7l1.6 1.6M13.7 13.7l1.6 1.6M4.7 15.3l1.6-1.6M13.7 6.3l1.6-1.6" />
          </svg>
        </button>
      </header>
      <main class="content">
        {current ? (
          <EntityView
            key={current}
            entityId={current}
            load={loadEntity}
            onPage={mentionsOnPage.filter((m) => m.entityId === current).length}
            backLabel={
              previous
                ? `Back to ${previousName ?? 'the previous entity'}`
                : query.trim()
                  ? 'Back to results'
                  : 'Back to search'
            }
            onBack={back}
            onOpen={open}
            onReveal={(id) => void reveal(id, mentionsOnPage.find((m) => m.entityId === id)?.name ?? id)}
          />
        ) : (
          <SearchPanel
            index={index}
            query={query}
            onQuery={(q) => {
              setQuery(q);
              setActive(0);
            }}
            filter={filter}
            onFilter={(f) => {
              setFilter(f);
              setActive(0);
            }}
            active={active}
            onActive={setActive}
            onOpen={open}
            onFocused={() => mark('focused')}
            excerpt={excerpt}
          >
            <ThisPage
              page={page}
              settings={settings}
              counts={counts}
              countsError={countsError}
              filter={filter}
              notice={notice}
              onReveal={(entity: PageEntity) => void reveal(entity.entityId, entity.name)}
              onOpen={open}
              onPause={(origin, paused) =>
                changeSettings((s) => ({
                  ...s,
                  pausedOrigins: paused
                    ? [...new Set([...s.pausedOrigins, origin])]
                    : s.pausedOrigins.filter((o) => o !== origin),
                }))
              }
              onEnable={(enabled) => changeSettings((s) => ({ ...s, enabled }))}
              onOptions={services.openOptions}
            />
          </SearchPanel>
        )}
      </main>
    </div>
  );
}
