/**
 * Finds and paints the mentions of a page. Reads text through `readPageText`,
 * matches with the compiled matcher, decides with a page-wide resolver and
 * paints with the CSS Custom Highlight API: the page's DOM is never written.
 */
import type { EntityType } from '../../bundle/schema';
import { PageLinker, scanText, type RuntimeMatcher } from '../../match';
import type { LinkKind } from '../../match/linker';
import { reasonLine } from '../../match/reasons';
import { dropUnread, makeVisibilityCheck, readPageText, staticRangeOf, type TextBlock } from './text-blocks';

export class PageMention {
  private copied: string | null = null;

  constructor(
    /** Index into `matcher.entities`. */
    readonly entity: number,
    readonly range: StaticRange,
    /** Why it links (a full name, a short form after one, a defined acronym…). */
    readonly kind: LinkKind,
  ) {}

  /**
   * The page's own text of the mention, read from its text nodes when first asked
   * (most mentions are never asked, and reading a text node's data copies it).
   */
  get text(): string {
    this.copied ??= textOf(this.range);
    return this.copied;
  }
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
  /** The page-wide linking rules (on by default; off only to measure what they cost). */
  rules?: boolean;
}

export class Annotator {
  private linker: PageLinker<TextBlock>;
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly spansByNode = new Map<Text, NodeSpan[]>();
  private all: PageMention[] = [];
  /** How many of `all` are in `spansByNode`. */
  private indexed = 0;
  private readonly raw: number[] = [];

  constructor(
    private readonly doc: Document,
    readonly matcher: RuntimeMatcher,
    private readonly options: AnnotatorOptions = {},
  ) {
    this.linker = new PageLinker(matcher, { rules: options.rules ?? true });
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
    const skip = this.options.skip;
    const layout = {
      isCut: (start: number, end: number) => page.cuts.firstInside(start, end) >= 0,
      isRead: page.isReadAt,
    };
    for (const m of this.linker.add(page.block, page.block.text, raw, layout)) {
      if (skip?.(m.entity, m.block.text.slice(m.start, m.end))) continue;
      this.paint(m.block, m.start, m.end, m.entity, m.kind);
    }
    return this.all.length - before;
  }

  /** The one line that says why a mention links ("Khan: Imran Khan, named in full above"). */
  reasonOf(mention: PageMention): string {
    const entities = this.matcher.entities;
    const context = this.linker
      .contextExamples(mention.entity)
      .filter((e) => e !== mention.entity)
      .map((e) => entities[e]!.name);
    return reasonLine(mention.kind, mention.text, entities[mention.entity]!.name, context);
  }

  private paint(block: TextBlock, start: number, end: number, entity: number, kind: LinkKind): void {
    const range = staticRangeOf(block, start, end);
    this.all.push(new PageMention(entity, range, kind));
    this.highlights.get(this.matcher.entities[entity]!.type)!.add(range);
  }

  /** The mention painted at a caret position (from caretPositionFromPoint), if any. */
  mentionAt(node: Node, offset: number): PageMention | null {
    if (node.nodeType !== Node.TEXT_NODE) return null;
    this.indexNewMentions();
    return this.spansByNode.get(node as Text)?.find((s) => s.start <= offset && offset < s.end)?.mention ?? null;
  }

  /**
   * Adds the mentions painted since the last hit-test to the per-node index: built
   * on the first hover rather than during the pass, which most mentions never need.
   */
  private indexNewMentions(): void {
    for (; this.indexed < this.all.length; this.indexed++) {
      const mention = this.all[this.indexed]!;
      const { startContainer, startOffset, endContainer, endOffset } = mention.range;
      let node = startContainer as Text;
      const walker = startContainer === endContainer ? null : this.doc.createTreeWalker(this.doc, NodeFilter.SHOW_TEXT);
      if (walker) walker.currentNode = node;
      for (;;) {
        const span = {
          start: node === startContainer ? startOffset : 0,
          end: node === endContainer ? endOffset : node.length,
          mention,
        };
        const spans = this.spansByNode.get(node);
        if (spans) spans.push(span);
        else this.spansByNode.set(node, [span]);
        if (node === endContainer || !walker) break;
        const next = walker.nextNode() as Text | null;
        if (!next) break;
        node = next;
      }
    }
  }

  /** Forgets what was painted inside `root` (its text changed), so that it can be scanned again. */
  forget(root: Node): void {
    const touches = (node: Node): boolean => !node.isConnected || root.contains(node);
    const gone = this.all.filter((m) => touches(m.range.startContainer) || touches(m.range.endContainer));
    if (gone.length === 0) return;
    for (const m of gone) this.highlights.get(this.matcher.entities[m.entity]!.type)!.delete(m.range);
    const goneSet = new Set(gone);
    this.all = this.all.filter((m) => !goneSet.has(m));
    this.spansByNode.clear();
    this.indexed = 0;
  }

  /**
   * Painted mentions still in the document and rendered, in document order.
   * Text that is not rendered (display: none, visibility: hidden) is painted all
   * the same, since the browser draws no highlight there, and shows up here once
   * it is rendered: asking the layout engine about every find during the pass
   * would cost more than the match.
   */
  mentions(): PageMention[] {
    const isVisible = makeVisibilityCheck();
    const live = this.all.filter((m) => {
      const node = m.range.startContainer;
      return node.isConnected && (node.parentElement === null || isVisible(node.parentElement));
    });
    return live.sort((a, b) => comparePositions(a.range, b.range));
  }

  /** The first mention painted, whatever it is now (cheap: no layout, no sorting). */
  firstPainted(): PageMention | undefined {
    return this.all[0];
  }

  /** Removes every highlight at once. */
  clear(): void {
    for (const type of Object.keys(HIGHLIGHT_NAMES) as EntityType[]) {
      this.highlights.get(type)!.clear();
      CSS.highlights.delete(HIGHLIGHT_NAMES[type]);
    }
    this.spansByNode.clear();
    this.indexed = 0;
    this.all = [];
    this.linker = new PageLinker(this.matcher, { rules: this.options.rules ?? true });
  }
}

/**
 * The text of a range, copied from its text nodes: a slice of the page's whole
 * text would keep all of it alive as long as the mention.
 */
export function textOf(range: AbstractRange): string {
  const { startContainer: start, endContainer: end } = range;
  if (start === end && start.nodeType === Node.TEXT_NODE)
    return (start as Text).data.slice(range.startOffset, range.endOffset);
  const live = (start.ownerDocument ?? document).createRange();
  live.setStart(start, range.startOffset);
  live.setEnd(end, range.endOffset);
  return live.toString();
}

function comparePositions(a: AbstractRange, b: AbstractRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
