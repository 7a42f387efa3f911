import { pieces } from '../lib/search/highlight';
import type { Span } from '../lib/search/match-spans';

/** `text` with the spans (offsets into `text`) in `<mark>`; always rendered as text. */
export function MarkedText({ text, spans }: { text: string; spans: readonly Span[] }) {
  return <>{pieces(text, spans).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
