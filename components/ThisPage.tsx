import { useState } from 'preact/hooks';
import type { EntityType } from '../lib/bundle/schema';
import type { KbCounts } from '../lib/extension/db';
import { groupPageEntities, type PageEntity } from '../lib/popup/page-entities';
import type { PageRead, TargetTab } from '../lib/extension/popup/popup-services';
import { POPUP_TEXT, TYPE_PLURALS } from '../lib/popup/popup-text';
import { isActiveOn, type Settings } from '../lib/extension/settings';
import { KbSummary } from './KbSummary';
import type { TypeFilter } from './SearchPanel';

export type PageState =
  { status: 'loading' } | { status: 'none' } | { status: 'ready'; tab: TargetTab; read: PageRead };

export interface ThisPageProps {
  page: PageState;
  settings: Settings | null;
  counts: KbCounts | null;
  countsError: string | null;
  filter: TypeFilter;
  /** A message about the last action (a reveal that found nothing, a setting not saved). */
  notice: string | null;
  onReveal(entity: PageEntity): void;
  onOpen(entityId: string): void;
  onPause(origin: string, paused: boolean): void;
  onEnable(enabled: boolean): void;
  onOptions(): void;
}

const hostOf = (origin: string) => new URL(origin).host;

/** What the popup shows with an empty search box: the names on the page, the switches, the knowledge base's figures. */
export function ThisPage(props: ThisPageProps) {
  const { page, settings } = props;
  const origin = page.status === 'ready' ? page.tab.origin : null;
  const paused = origin !== null && settings !== null && settings.pausedOrigins.includes(origin);
  return (
    <div class="home">
      <section class="panel" aria-labelledby="page-heading">
        <h2 id="page-heading">On this page{origin ? <span class="host"> · {hostOf(origin)}</span> : null}</h2>
        <PageEntities {...props} />
        {props.notice ? (
          <p class="notice" role="status">
            {props.notice}
          </p>
        ) : null}
      </section>
      <section class="panel switches" aria-label="Marking names">
        {origin ? (
          <label class="switch">
            <input
              type="checkbox"
              role="switch"
              checked={paused}
              disabled={!settings}
              onChange={(e) => props.onPause(origin, e.currentTarget.checked)}
            />
            <span class="switch-track" aria-hidden="true" />
            <span class="switch-label">Pause on {hostOf(origin)}</span>
          </label>
        ) : null}
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings?.enabled ?? true}
            disabled={!settings}
            onChange={(e) => props.onEnable(e.currentTarget.checked)}
          />
          <span class="switch-track" aria-hidden="true" />
          <span class="switch-label">Backstory on</span>
        </label>
      </section>
      <section class="panel" aria-labelledby="kb-heading">
        <h2 id="kb-heading">Knowledge base</h2>
        {props.countsError ? (
          <p class="state error" role="alert">
            {props.countsError}
          </p>
        ) : (
          <KbSummary counts={props.counts} />
        )}
        <button type="button" class="link" onClick={props.onOptions}>
          Options: import, export, reading settings
        </button>
      </section>
    </div>
  );
}

/** Entities shown per type before "Show all". */
const FOLDED_COUNT = 6;

function PageEntities({ page, settings, filter, onReveal, onOpen }: ThisPageProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<EntityType>>(new Set());
  if (page.status === 'loading')
    return (
      <p class="state" aria-busy="true">
        {POPUP_TEXT.pageLoading}
      </p>
    );
  if (page.status === 'none') return <p class="state">{POPUP_TEXT.pageNone}</p>;
  const { tab, read } = page;
  if (!tab.origin) return <p class="state">{tab.url === null ? POPUP_TEXT.pageUnknown : POPUP_TEXT.pageUnreadable}</p>;
  if (settings && !settings.enabled) return <p class="state">{POPUP_TEXT.pageOff}</p>;
  if (settings && !isActiveOn(settings, tab.origin))
    return <p class="state">{POPUP_TEXT.pagePaused(hostOf(tab.origin))}</p>;
  if (read.kind === 'unreachable') return <p class="state">{POPUP_TEXT.pageUnreachable}</p>;
  const groups = groupPageEntities(read.mentions).filter((g) => filter === 'all' || g.type === filter);
  if (groups.length === 0) return <p class="state">{POPUP_TEXT.pageEmpty}</p>;
  return (
    <div class="page-groups">
      {groups.map((group) => (
        <section key={group.type} aria-labelledby={`page-${group.type}`}>
          <h3 id={`page-${group.type}`}>
            {TYPE_PLURALS[group.type]} <span class="count">{group.entities.length}</span>
          </h3>
          <ul class="page-entities" id={`page-list-${group.type}`}>
            {(expanded.has(group.type) ? group.entities : group.entities.slice(0, FOLDED_COUNT)).map((entity) => (
              <li key={entity.entityId} class={`type-${entity.type}`}>
                <button type="button" class="page-entity" onClick={() => onReveal(entity)} title="Show on the page">
                  <span class="dot" aria-hidden="true" />
                  <span class="page-entity-name">{entity.name}</span>
                  <span class="mentions" aria-label={`${entity.count} mention${entity.count === 1 ? '' : 's'}`}>
                    {entity.count}
                  </span>
                </button>
                <button
                  type="button"
                  class="icon about"
                  onClick={() => onOpen(entity.entityId)}
                  aria-label={`About ${entity.name}`}
                  title="About"
                >
                  ›
                </button>
              </li>
            ))}
          </ul>
          {group.entities.length > FOLDED_COUNT && !expanded.has(group.type) ? (
            <button
              type="button"
              class="link more"
              aria-controls={`page-list-${group.type}`}
              onClick={() => setExpanded(new Set([...expanded, group.type]))}
            >
              Show all {group.entities.length} {TYPE_PLURALS[group.type].toLowerCase()}
            </button>
          ) : null}
        </section>
      ))}
    </div>
  );
}
