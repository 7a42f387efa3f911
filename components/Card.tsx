import type { EntityDetail, QuotedEvidence } from '../lib/extension/kb/entity-detail';
import type { EntityType } from '../lib/bundle/schema';

export const TYPE_LABELS: Record<EntityType, string> = { person: 'Person', group: 'Group', place: 'Place' };

export interface CardProps {
  /** null while the entity's data is on its way. */
  detail: EntityDetail | null;
  error: string | null;
  /** The page's text of the hovered mention; absent for a card opened from a related chip. */
  mentionText: string | null;
  /** Why the hovered mention links, where it is not the full name ("Khan: Imran Khan, named in full above"). */
  reason: string | null;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  onRelated(entityId: string): void;
  onWrongLink(): void;
  onAllMentions(entityId: string): void;
}

/** A quoted sentence with the mention emphasised; always rendered as text. */
export function Quote({ quote }: { quote: Pick<QuotedEvidence, 'sentence' | 'start' | 'end'> }) {
  // A sentence that is itself a quotation keeps its own marks instead of getting a second pair.
  const open = /^[“"‘']/u.test(quote.sentence) ? '' : '“';
  const close = /[”"’']$/u.test(quote.sentence) ? '' : '”';
  return (
    <q>
      {open}
      {quote.sentence.slice(0, quote.start)}
      <mark>{quote.sentence.slice(quote.start, quote.end)}</mark>
      {quote.sentence.slice(quote.end)}
      {close}
    </q>
  );
}

/** Quoted sentences, each with its source (or headline) and date: the card's "In the news" and the popup's. */
export function QuoteList({ quotes }: { quotes: readonly QuotedEvidence[] }) {
  return (
    <ul class="quotes">
      {quotes.map((quote) => (
        <li key={`${quote.articleId}:${quote.start}:${quote.sentence.length}`}>
          <Quote quote={quote} />
          <cite>
            {quote.source ?? quote.headline} · <time dateTime={quote.date ?? undefined}>{formatDate(quote.date)}</time>
          </cite>
        </li>
      ))}
    </ul>
  );
}

export function formatDate(date: string | null): string {
  if (!date) return 'date unknown';
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export function Card(props: CardProps) {
  const { detail, error } = props;
  if (error) {
    return (
      <div class="body">
        <p role="alert" class="error">
          {error}
        </p>
        <button type="button" class="icon" onClick={props.onClose} aria-label="Close">
          ×
        </button>
      </div>
    );
  }
  if (!detail) {
    return (
      <div class="body" aria-busy="true">
        <p class="loading">Looking it up…</p>
      </div>
    );
  }
  const { entity, quotes, evidenceCount, related } = detail;
  return (
    <div class="body">
      {/* Not <header>/<footer>: outside sectioning content they are the banner and content-info landmarks, and a card would give its page a second of each. */}
      <div class="head">
        <div class="title">
          <h2 id="backstory-card-title">{entity.name}</h2>
          {entity.nativeName && entity.nativeName !== entity.name ? (
            <p class="native" lang="ur" dir="rtl">
              {entity.nativeName}
            </p>
          ) : null}
        </div>
        <div class="actions">
          <button
            type="button"
            class="icon pin"
            aria-pressed={props.pinned}
            aria-label={props.pinned ? 'Unpin card' : 'Pin card'}
            title={props.pinned ? 'Unpin' : 'Keep open'}
            onClick={() => props.onPin(!props.pinned)}
          >
            {props.pinned ? '●' : '○'}
          </button>
          <button type="button" class="icon close" aria-label="Close card" title="Close (Esc)" onClick={props.onClose}>
            ×
          </button>
        </div>
      </div>
      <p class="meta">
        <span class={`type type-${entity.type}`}>{TYPE_LABELS[entity.type]}</span>
        <span class="role">{entity.role}</span>
      </p>
      {props.reason ? <p class="reason">{props.reason}</p> : null}
      {quotes.length > 0 ? (
        <section aria-label="In the news">
          <h3>In the news</h3>
          <QuoteList quotes={quotes} />
          <button type="button" class="link" onClick={() => props.onAllMentions(entity.id)}>
            All {evidenceCount} mention{evidenceCount === 1 ? '' : 's'}
          </button>
        </section>
      ) : (
        <p class="empty">No article in the knowledge base quotes {entity.name} yet.</p>
      )}
      {related.length > 0 ? (
        <section aria-label="Related">
          <h3>Related</h3>
          <RelatedChips related={related} onOpen={props.onRelated} />
        </section>
      ) : null}
      {props.mentionText !== null ? (
        <div class="foot">
          <button
            type="button"
            class="link subtle"
            onClick={props.onWrongLink}
            title={`Stop linking “${props.mentionText}” on this site`}
          >
            Wrong link?
          </button>
        </div>
      ) : null}
    </div>
  );
}

/** An entity's related entities as chips; choosing one opens its card or view. */
export function RelatedChips(props: { related: EntityDetail['related']; onOpen: (id: string) => void }) {
  return (
    <ul class="chips">
      {props.related.map((r) => (
        <li key={r.id}>
          <button type="button" class={`chip type-${r.type}`} onClick={() => props.onOpen(r.id)}>
            {r.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
