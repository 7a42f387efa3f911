/**
 * Finds the mention under the pointer. Highlights receive no mouse events, so
 * the caret position under the point gives the text node and offset, and the
 * mention's own client rects confirm that the pointer is over its glyphs and
 * not merely beside them (the caret snaps to the nearest character).
 */
import { isOverRects, lineUnderPointer, type Rect } from '../../card/placement';
import type { Annotator, PageMention } from './annotator';

export interface Hit {
  mention: PageMention;
  /** The line of the mention under the pointer (a mention that wraps has several). */
  line: Rect;
}

/**
 * The caret APIs a document may have: browsers have one, the other or both. `caretRangeFromPoint` is deprecated,
 * and kept as the fallback for browsers without `caretPositionFromPoint` (Chromium before 128).
 */
interface CaretApis {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret position at a viewport point, with whichever API the browser has. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d: CaretApis = doc;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Client rects of a static range (a live Range is made only for measuring). */
export function rectsOf(doc: Document, range: AbstractRange): Rect[] {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return [...live.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
}

/** The mention whose glyphs lie under the viewport point (x, y), if any. */
export function mentionAtPoint(doc: Document, annotator: Annotator, x: number, y: number): Hit | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  // The caret sits between characters: the character under the pointer is at offset or offset - 1.
  const mention =
    annotator.mentionAt(caret.node, caret.offset) ??
    (caret.offset > 0 ? annotator.mentionAt(caret.node, caret.offset - 1) : null);
  if (!mention) return null;
  const rects = rectsOf(doc, mention.range);
  if (!isOverRects(rects, x, y)) return null;
  const line = lineUnderPointer(rects, x, y);
  return line ? { mention, line } : null;
}
