/**
 * Finds and paints the mentions of a page. Reads text through `readPageText`,
 * matches with the compiled matcher, decides with a page-wide resolver and
 * paints with the CSS Custom Highlight API: the page's DOM is never written.
 */
import type { EntityType } from '../bundle/schema';
import { PageResolver, scanText, type RuntimeMatcher } from '../match';
import { dropUnread, locate, makeVisibilityCheck, readPageText, type TextBlock, type TextPosition } from './text-blocks';

export interface PageMention {
  /** Index into `matcher.entities`. */
  entity: number;
  range: StaticRange;
  /** The page's own text of the mention. */
  text: string;
}

export const HIGHLIGHT_NAMES: Record<EntityType, string> = {
  person: 'backstory-person',
  group: 'backstory-group',
  place: 'backstory-place',
};

interface NodeSpan {
  start: number;
  end: number;
  mention: PageMention;
}

export interface AnnotatorOptions {
  /** Elements of the extension's own interface, never read. */
  isOwnUi?: (element: Element) => boolean;
  /** Mentions not to paint: an alias the reader marked as a wrong link on this site. */
  skip?: (entity: number, text: string) => boolean;
}

export class Annotator {
  private resolver: PageResolver<TextBlock>;
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly spansByNode = new Map<Text, NodeSpan[]>();
  private all: PageMention[] = [];
  private readonly raw: number[] = [];

  constructor(
    private readonly doc: Document,
    readonly matcher: RuntimeMatcher,
    private readonly options: AnnotatorOptions = {},
  ) {
    this.resolver = new PageResolver(matcher);
    for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
      const highlight = new Highlight();
      this.highlights.set(type, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[type], highlight);
    }
  }

  /** Scans `root` (the whole body, or a subtree added later) and paints what it names. */
  scan(root: Node): number {
    const before = this.all.length;
    const page = readPageText(root, this.matcher, this.options.isOwnUi);
    const raw = this.raw;
    raw.length = 0;
    scanText(this.matcher, page.block.text, raw, page.cuts);
    if (raw.length === 0) return 0;
    dropUnread(page, raw);
    const isVisible = makeVisibilityCheck();
    for (const m of this.resolver.add(page.block, raw)) {
      if (this.options.skip?.(m.entity, m.block.text.slice(m.start, m.end))) continue;
      const from = locate(m.block, m.start, false);
      if (from.node.parentElement && !isVisible(from.node.parentElement)) continue;
      this.paint(m.block, m.end, m.entity, from);
    }
    return this.all.length - before;
  }

  private paint(block: TextBlock, end: number, entity: number, from: TextPosition): void {
    const to = locate(block, end, true);
    const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
    const mention: PageMention = { entity, range, text: textBetween(block, from, to) };
    this.all.push(mention);
    this.highlights.get(this.matcher.entities[entity]!.type)!.add(range);
    const first = from.index;
    const last = to.index;
    for (let i = first; i <= last; i++) {
      const node = block.nodes[i]!;
      const nodeStart = i === first ? from.offset : 0;
      const nodeEnd = i === last ? to.offset : node.data.length;
      const spans = this.spansByNode.get(node);
      const span = { start: nodeStart, end: nodeEnd, mention };
      if (spans) spans.push(span);
      else this.spansByNode.set(node, [span]);
    }
  }

  /** The mention painted at a caret position (from caretPositionFromPoint), if any. */
  mentionAt(node: Node, offset: number): PageMention | null {
    const spans = node.nodeType === Node.TEXT_NODE ? this.spansByNode.get(node as Text) : undefined;
    return spans?.find((s) => s.start <= offset && offset < s.end)?.mention ?? null;
  }

  /** Forgets what was painted inside `root` (its text changed), so that it can be scanned again. */
  forget(root: Node): void {
    const gone = new Set<PageMention>();
    for (const [node, spans] of this.spansByNode) {
      if (root.contains(node) || !node.isConnected) {
        for (const s of spans) gone.add(s.mention);
        this.spansByNode.delete(node);
      }
    }
    if (gone.size === 0) return;
    for (const m of gone) this.highlights.get(this.matcher.entities[m.entity]!.type)!.delete(m.range);
    this.all = this.all.filter((m) => !gone.has(m));
  }

  /** Painted mentions still in the document, in document order. */
  mentions(): PageMention[] {
    const live = this.all.filter((m) => m.range.startContainer.isConnected);
    return live.sort((a, b) => comparePositions(a.range, b.range));
  }

  /** Removes every highlight at once. */
  clear(): void {
    for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
      this.highlights.get(type)!.clear();
      CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    }
    this.spansByNode.clear();
    this.all = [];
    this.resolver = new PageResolver(this.matcher);
  }
}

/**
 * The text between two positions, copied from the text nodes themselves: a slice
 * of the page's whole text would keep all of it alive as long as the mention.
 */
export function textBetween(block: TextBlock, from: TextPosition, to: TextPosition): string {
  if (from.index === to.index) return from.node.data.slice(from.offset, to.offset);
  let text = from.node.data.slice(from.offset);
  for (let i = from.index + 1; i < to.index; i++) text += block.nodes[i]!.data;
  return text + to.node.data.slice(0, to.offset);
}

function comparePositions(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
