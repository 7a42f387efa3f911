import { useEffect, useState } from 'preact/hooks';
import { displaySpans, type Piece } from '../lib/search/highlight';
import type { SearchHit } from '../lib/search/search-index';
import { TYPE_LABELS } from './Card';
import { MarkedText } from './MarkedText';

export interface SearchResultProps {
  hit: SearchHit;
  id: string;
  selected: boolean;
  onChoose(): void;
  onPoint(): void;
  /** Loads the excerpt of the evidence sentence that matched (evidence hits only). */
  excerpt(entityId: string, word: string): Promise<Piece[] | null>;
}

const isArabicScript = (text: string) => /\p{Script=Arabic}/u.test(text);

/** One option of the results listbox: name, type and role, with the part that matched marked. */
export function SearchResult({ hit, id, selected, onChoose, onPoint, excerpt }: SearchResultProps) {
  const { entity, field, matched } = hit;
  const spans = (text: string) => displaySpans(text, hit.spans);
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      class={`result${selected ? ' selected' : ''}`}
      onClick={onChoose}
      onMouseMove={selected ? undefined : onPoint}
    >
      <span class="result-head">
        <span class="result-name">
          {field === 'name' ? <MarkedText text={entity.name} spans={spans(entity.name)} /> : entity.name}
        </span>
        <span class={`type type-${entity.type}`}>{TYPE_LABELS[entity.type]}</span>
      </span>
      <span class={`result-role${field === 'role' ? ' matched' : ''}`}>
        {field === 'role' ? <MarkedText text={entity.role} spans={spans(entity.role)} /> : entity.role}
      </span>
      {field === 'alias' ? (
        <span class="result-via">
          also{' '}
          <span
            lang={isArabicScript(matched) ? 'ur' : undefined}
            dir={isArabicScript(matched) ? 'rtl' : undefined}
            class="alias"
          >
            <MarkedText text={matched} spans={spans(matched)} />
          </span>
        </span>
      ) : null}
      {field === 'evidence' ? <EvidenceExcerpt entityId={entity.id} word={matched} load={excerpt} /> : null}
    </li>
  );
}

function EvidenceExcerpt({
  entityId,
  word,
  load,
}: {
  entityId: string;
  word: string;
  load: SearchResultProps['excerpt'];
}) {
  const [excerpt, setExcerpt] = useState<Piece[] | null>(null);
  useEffect(() => {
    let live = true;
    setExcerpt(null);
    load(entityId, word).then(
      (pieces) => live && setExcerpt(pieces),
      (error: unknown) => console.warn('Backstory: could not read the evidence excerpt', error),
    );
    return () => {
      live = false;
    };
  }, [entityId, word, load]);
  return (
    <span class="result-via excerpt">
      in the news:{' '}
      {excerpt ? (
        <q>{excerpt.map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</q>
      ) : (
        <mark>{word}</mark>
      )}
    </span>
  );
}
