/**
 * The thin DOM layer under the matcher: reads the text of a subtree as one
 * string with its text nodes, tells where blocks break (so that no name spans
 * two blocks) and which text is never read, and maps string offsets back to
 * text nodes. It only reads the DOM.
 */
import type { RuntimeMatcher } from '../../match/runtime';
import { cutSplitsWord, type Cuts } from '../../match/scan';
import { pageRoot } from './page-root';

/** Text that the matcher scans as one string (a page's, or a subtree's). */
export interface TextBlock {
  text: string;
  /** Its text nodes and where each starts in `text`, in document order. */
  nodes: Text[];
  starts: number[];
}

/** Elements whose text is never read: code, form fields, editors, hidden and invisible things. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'template',
  'iframe',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'code',
  'pre',
  'kbd',
  'samp',
  'head',
  'title',
]);

/** Inline elements do not break a block: "<b>Imran</b> Khan" is one name. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'del',
  'label',
  'mark',
  'q',
  'ruby',
  'rb',
  'rt',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
]);

/** True when nothing under `element` should be read (its ancestors are not looked at). */
function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Per element: whether the text under it is read (no ancestor-or-self is skipped or Backstory's own). */
type ReadCache = Map<Element, boolean>;

function isReadUnder(element: Element, cache: ReadCache, isOwnUi: (element: Element) => boolean): boolean {
  const known = cache.get(element);
  if (known !== undefined) return known;
  const parent = element.parentElement;
  const read =
    !isSkippedElement(element) && !isOwnUi(element) && (parent === null || isReadUnder(parent, cache, isOwnUi));
  cache.set(element, read);
  return read;
}

const isInline = (node: Node): boolean =>
  node.nodeType !== Node.ELEMENT_NODE || INLINE_TAGS.has((node as Element).localName);

/** True when a sibling between `from` and `to` (exclusive, in `direction`; `to` null for the end) is a box that breaks the line. */
function blockSiblingBetween(from: Node, to: Node | null, direction: 'next' | 'previous'): boolean {
  for (
    let node = direction === 'next' ? from.nextSibling : from.previousSibling;
    node !== null && node !== to;
    node = direction === 'next' ? node.nextSibling : node.previousSibling
  ) {
    if (!isInline(node)) return true;
  }
  return false;
}

/**
 * True when text nodes `a` and `b`, neighbours in document order, are not read
 * as one run: an element between them is not inline (a paragraph, a list item,
 * a line break), or is never read, or is Backstory's own. Only the elements
 * below their lowest common ancestor are looked at, and attributes only when
 * every one of them is inline (the usual answer comes from tag names alone).
 */
function cutBetween(a: Text, b: Text, isOwnUi: (element: Element) => boolean): boolean {
  const path: Element[] = [];
  let aSide: Node = a;
  let common = a.parentElement;
  while (common !== null && !common.contains(b)) {
    if (!INLINE_TAGS.has(common.localName) || blockSiblingBetween(aSide, null, 'next')) return true;
    path.push(common);
    aSide = common;
    common = common.parentElement;
  }
  let bSide: Node = b;
  for (let element = b.parentElement; element !== null && element !== common; element = element.parentElement) {
    if (!INLINE_TAGS.has(element.localName) || blockSiblingBetween(bSide, null, 'previous')) return true;
    path.push(element);
    bSide = element;
  }
  if (blockSiblingBetween(bSide, aSide, 'previous')) return true;
  return path.some((element) => isSkippedElement(element) || isOwnUi(element));
}

/** The text under a node, read for one scan. */
export interface PageText {
  /** The whole text as one string (the node's `textContent`), with every text node under it. */
  block: TextBlock;
  /** Where blocks break, for the scanner. */
  cuts: Cuts;
  /** False for text never read (scripts, form fields, editors, hidden subtrees, Backstory's own UI), by string offset. */
  isReadAt(offset: number): boolean;
}

/** Keeps, in place, the `(start, end, key)` triples of `raw` whose text is read. */
export function dropUnread(page: PageText, raw: number[]): void {
  let kept = 0;
  for (let r = 0; r < raw.length; r += 3) {
    if (!page.isReadAt(raw[r]!)) continue;
    raw[kept++] = raw[r]!;
    raw[kept++] = raw[r + 1]!;
    raw[kept++] = raw[r + 2]!;
  }
  raw.length = kept;
}

/**
 * Reads the text under `root` for the matcher. The string is the browser's own
 * `textContent` (one native copy), and the walk only collects text nodes and
 * their lengths: whether two neighbouring text nodes belong to the same block is
 * decided only where it can change what is found, that is where a word runs
 * across them, or when the scanner finds a name across them. Text that is never
 * read stays in the string (it is scanned) and what is found in it is dropped
 * through `isReadAt`; whether text is rendered at all (CSS) is not asked here
 * (the browser draws no highlight on text it does not render, and the annotator
 * asks only when it lists its mentions), because asking the layout engine for
 * every element of a large page costs more than the whole match.
 * @param isOwnUi - elements that belong to the extension's own interface, never read
 */
export function readPageText(
  root: Node,
  m: RuntimeMatcher,
  isOwnUi: (element: Element) => boolean = () => false,
): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text: string;
  if (root.nodeType === Node.TEXT_NODE) {
    nodes.push(root as Text);
    starts.push(0);
    text = (root as Text).data;
  } else {
    const doc = root.ownerDocument ?? (root as Document);
    const top = root.nodeType === Node.DOCUMENT_NODE ? pageRoot(root as Document) : root;
    text = top?.textContent ?? '';
    const walker = doc.createTreeWalker(top ?? root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(offset);
      offset += (node as Text).length;
    }
  }

  const cache: ReadCache = new Map();
  /** True when text node `k` does not continue the run of text node `k - 1`. */
  /** Per text node: 0 not asked yet, 1 a cut before it, 2 none (the linking rules ask about the same places again). */
  const cutsAsked = new Uint8Array(nodes.length);
  const cutBefore = (k: number): boolean => {
    let known = cutsAsked[k]!;
    if (known === 0) {
      known = cutBetween(nodes[k - 1]!, nodes[k]!, isOwnUi) ? 1 : 2;
      cutsAsked[k] = known;
    }
    return known === 1;
  };

  const known: number[] = [];
  for (let k = 1; k < nodes.length; k++) {
    const start = starts[k]!;
    if (cutSplitsWord(m, text, start) && cutBefore(k)) known.push(start);
  }
  const block: TextBlock = { text, nodes, starts };
  const firstInside = (start: number, end: number): number => {
    for (let k = locate(block, start, false).index + 1; k < nodes.length && starts[k]! < end; k++)
      if (cutBefore(k)) return starts[k]!;
    return -1;
  };
  const isReadAt = (offset: number): boolean => {
    const parent = locate(block, offset, false).node.parentElement;
    return parent !== null && isReadUnder(parent, cache, isOwnUi);
  };
  return { block, cuts: { known, firstInside }, isReadAt };
}

/** Whether an element's text is rendered (not display:none, visibility:hidden or content-visibility hidden). */
export function makeVisibilityCheck(): (element: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (element) => {
    let visible = cache.get(element);
    if (visible === undefined) {
      visible = element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
      cache.set(element, visible);
    }
    return visible;
  };
}

/** A position in a block's text nodes: the node, its index in the block, and the offset inside it. */
interface TextPosition {
  node: Text;
  index: number;
  offset: number;
}

/** The text node and offset inside it for a string offset of `block` (an end offset stays in the node it ends). */
function locate(block: TextBlock, offset: number, isEnd: boolean): TextPosition {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const start = starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, index: lo, offset: offset - starts[lo]! };
}

/** The range of `[start, end)`, string offsets of `block`, over its text nodes. */
export function staticRangeOf(block: TextBlock, start: number, end: number): StaticRange {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  return new StaticRange({
    startContainer: from.node,
    startOffset: from.offset,
    endContainer: to.node,
    endOffset: to.offset,
  });
}
