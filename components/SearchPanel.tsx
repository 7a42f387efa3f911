import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../lib/bundle/schema';
import { POPUP_TEXT, TYPE_PLURALS } from '../lib/popup/popup-text';
import type { Piece } from '../lib/search/highlight';
import type { SearchIndex } from '../lib/search/search-index';
import { SearchResult } from './SearchResult';

export type TypeFilter = 'all' | EntityType;
export type IndexState =
  { status: 'loading' } | { status: 'ready'; index: SearchIndex } | { status: 'error'; message: string };

export interface SearchPanelProps {
  index: IndexState;
  query: string;
  onQuery(query: string): void;
  filter: TypeFilter;
  onFilter(filter: TypeFilter): void;
  active: number;
  onActive(active: number): void;
  onOpen(entityId: string): void;
  /** Called once, when the search box has focus after the popup opened. */
  onFocused(): void;
  excerpt(entityId: string, word: string): Promise<Piece[] | null>;
  /** What the popup shows while the search box is empty. */
  children: ComponentChildren;
}

const LIMIT = 30;
const RESULTS_ID = 'results';
const optionId = (i: number) => `result-${i}`;

/** The search box, the type filter and the results listbox (focus stays in the box; arrows move the selection). */
export function SearchPanel(props: SearchPanelProps) {
  const { index, query, filter, active } = props;
  const input = useRef<HTMLInputElement>(null);
  const trimmed = query.trim();

  useLayoutEffect(() => {
    input.current?.focus();
    if (document.activeElement === input.current) props.onFocused();
    // Only on mount: coming back from a detail view puts focus here again.
  }, []);

  const types = filter === 'all' ? undefined : [filter];
  const { hits, more, unfiltered } = useMemo(() => {
    if (index.status !== 'ready' || trimmed === '') return { hits: [], more: false, unfiltered: 0 };
    const found = index.index.search(trimmed, { types, limit: LIMIT + 1 });
    return {
      hits: found.slice(0, LIMIT),
      more: found.length > LIMIT,
      unfiltered: found.length === 0 && types ? index.index.search(trimmed, { limit: 1 }).length : 0,
    };
  }, [index, trimmed, filter]);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length > 0)
        props.onActive(event.key === 'ArrowDown' ? Math.min(hits.length - 1, active + 1) : Math.max(0, active - 1));
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0];
      if (hit) {
        event.preventDefault();
        props.onOpen(hit.entity.id);
      }
    } else if (event.key === 'Escape' && query !== '') {
      // The first Escape clears the box; the next one is the browser's (it closes the popup).
      event.preventDefault();
      event.stopPropagation();
      props.onQuery('');
    }
  };

  const showing = trimmed !== '';
  const status = !showing || index.status !== 'ready' ? '' : POPUP_TEXT.results(hits.length, more);

  return (
    <div class="search">
      <div class="search-box">
        <label for="search-input" class="visually-hidden">
          {POPUP_TEXT.searchLabel}
        </label>
        <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="M13 13l4.5 4.5" />
        </svg>
        <input
          ref={input}
          id="search-input"
          type="search"
          role="combobox"
          // Preact's types ask for `list` with this role; the results listbox below plays the datalist's part.
          list={undefined}
          autoComplete="off"
          spellcheck={false}
          placeholder={POPUP_TEXT.searchPlaceholder}
          aria-autocomplete="list"
          aria-expanded={showing && hits.length > 0}
          aria-controls={RESULTS_ID}
          aria-activedescendant={showing && hits[active] ? optionId(active) : undefined}
          aria-describedby="search-status"
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <fieldset class="filters">
        <legend class="visually-hidden">Show</legend>
        {(['all', ...ENTITY_TYPES] as const).map((value) => (
          <label key={value} class={`filter${filter === value ? ' checked' : ''}`}>
            <input
              type="radio"
              name="type"
              value={value}
              checked={filter === value}
              onChange={() => props.onFilter(value)}
            />
            {value === 'all' ? 'All' : TYPE_PLURALS[value]}
          </label>
        ))}
      </fieldset>
      <p id="search-status" class="search-status" role="status" aria-live="polite">
        {status}
      </p>
      {!showing ? (
        props.children
      ) : index.status === 'loading' ? (
        <p class="state" aria-busy="true">
          {POPUP_TEXT.indexLoading}
        </p>
      ) : index.status === 'error' ? (
        <p class="state error" role="alert">
          {POPUP_TEXT.indexFailed(index.message)}
        </p>
      ) : index.index.size === 0 ? (
        <p class="state">{POPUP_TEXT.kbEmpty}</p>
      ) : hits.length === 0 ? (
        <div class="state no-results">
          <p class="state-title">
            {filter === 'all'
              ? POPUP_TEXT.noResults(trimmed)
              : POPUP_TEXT.noResultsOfType(trimmed, TYPE_PLURALS[filter])}
          </p>
          {unfiltered > 0 ? (
            <button type="button" class="link" onClick={() => props.onFilter('all')}>
              Search all types
            </button>
          ) : (
            <p class="hint">{POPUP_TEXT.noResultsHint}</p>
          )}
        </div>
      ) : (
        <ul id={RESULTS_ID} role="listbox" aria-label="Results" class="results">
          {hits.map((hit, i) => (
            <SearchResult
              key={hit.entity.id}
              id={optionId(i)}
              hit={hit}
              selected={i === active}
              onChoose={() => props.onOpen(hit.entity.id)}
              onPoint={() => props.onActive(i)}
              excerpt={props.excerpt}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
