import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleEvidence } from '../lib/extension/kb/entity-evidence';
import type { EntityDetail } from '../lib/extension/kb/entity-detail';
import { POPUP_TEXT, errorText } from '../lib/popup/popup-text';
import { Quote, QuoteList, RelatedChips, TYPE_LABELS, formatDate } from './Card';

export interface EntityViewProps {
  entityId: string;
  load(id: string): Promise<[EntityDetail | null, ArticleEvidence[]]>;
  /** Mentions of this entity on the page the popup describes (0 when none). */
  onPage: number;
  backLabel: string;
  onBack(): void;
  onOpen(entityId: string): void;
  onReveal(entityId: string): void;
}

type Loaded =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; detail: EntityDetail | null; evidence: ArticleEvidence[] };

/** Everything the card shows about an entity, and every sentence that mentions it, grouped by article. */
export function EntityView(props: EntityViewProps) {
  const { entityId, load } = props;
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    load(entityId).then(
      ([detail, evidence]) => live && setLoaded({ status: 'ready', detail, evidence }),
      (error: unknown) => live && setLoaded({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [entityId, load]);

  useEffect(() => {
    // A new view: move focus to its title, so that a screen reader reads where the reader is.
    if (loaded.status === 'ready') heading.current?.focus();
  }, [loaded.status, entityId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' || (event.altKey && event.key === 'ArrowLeft')) {
        event.preventDefault();
        props.onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [props.onBack]);

  return (
    <article class="entity" aria-labelledby="entity-title" aria-busy={loaded.status === 'loading'}>
      <nav class="entity-nav">
        <button type="button" class="back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {props.backLabel}
        </button>
      </nav>
      {loaded.status === 'loading' ? (
        <p class="state">{POPUP_TEXT.entityLoading}</p>
      ) : loaded.status === 'error' ? (
        <p class="state error" role="alert">
          {POPUP_TEXT.entityFailed(loaded.message)}
        </p>
      ) : !loaded.detail ? (
        <p class="state" role="alert">
          {POPUP_TEXT.entityMissing}
        </p>
      ) : (
        <EntityBody {...props} detail={loaded.detail} evidence={loaded.evidence} heading={heading} />
      )}
    </article>
  );
}

function EntityBody(
  props: EntityViewProps & {
    detail: EntityDetail;
    evidence: ArticleEvidence[];
    heading: RefObject<HTMLHeadingElement | null>;
  },
) {
  const { entity, quotes, evidenceCount, related } = props.detail;
  const { evidence } = props;
  const others = entity.aliases.filter((a) => a !== entity.name && a !== entity.nativeName);
  const seen =
    entity.firstSeen && entity.lastSeen
      ? entity.firstSeen === entity.lastSeen
        ? formatDate(entity.firstSeen)
        : `${formatDate(entity.firstSeen)} – ${formatDate(entity.lastSeen)}`
      : null;
  return (
    <>
      <header class="entity-head">
        <h1 id="entity-title" tabIndex={-1} ref={props.heading}>
          {entity.name}
        </h1>
        {entity.nativeName && entity.nativeName !== entity.name ? (
          <p class="native" lang="ur" dir="rtl">
            {entity.nativeName}
          </p>
        ) : null}
        <p class="meta">
          <span class={`type type-${entity.type}`}>{TYPE_LABELS[entity.type]}</span>
          <span class="role">{entity.role}</span>
        </p>
        {others.length > 0 ? <p class="aka">Also written {others.map((a) => `“${a}”`).join(', ')}</p> : null}
        <p class="seen">
          {evidenceCount} mention{evidenceCount === 1 ? '' : 's'} in {evidence.length} article
          {evidence.length === 1 ? '' : 's'}
          {seen ? ` · ${seen}` : ''}
        </p>
        {props.onPage > 0 ? (
          <button type="button" class="reveal" onClick={() => props.onReveal(entity.id)}>
            Show on this page <span class="count">{props.onPage}</span>
          </button>
        ) : null}
      </header>
      {quotes.length > 0 ? (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">In the news</h2>
          <QuoteList quotes={quotes} />
        </section>
      ) : (
        <p class="state">No article in the knowledge base quotes {entity.name} yet.</p>
      )}
      {related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">Related</h2>
          <RelatedChips related={related} onOpen={props.onOpen} />
        </section>
      ) : null}
      {evidence.length > 0 ? (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">All mentions ({evidenceCount})</h2>
          {evidence.map((article) => (
            <article key={article.articleId} class="source-article" aria-label={article.headline}>
              <h3>{article.headline}</h3>
              <p class="cite">
                {article.source ?? 'Source unknown'} ·{' '}
                <time dateTime={article.date ?? undefined}>{formatDate(article.date)}</time>
              </p>
              <ul class="sentences">
                {article.sentences.map((s) => (
                  <li key={`${s.start}:${s.sentence.length}:${s.sentence.slice(0, 24)}`}>
                    <Quote quote={s} />
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      ) : null}
    </>
  );
}
