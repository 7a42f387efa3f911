/**
 * The thin DOM layer under the matcher: reads the text of a subtree as one
 * string with its text nodes, tells where blocks break (so that no name spans
 * two blocks) and which text is never read, and maps string offsets back to
 * text nodes. It only reads the DOM.
 */
import { cutSplitsWord, type Cuts, type RuntimeMatcher } from '../match/scan';

/** A run of text that the matcher scans as one string. */
export interface TextBlock {
  text: string;
  /** Text nodes of the block and where each starts in `text`, in document order. */
  nodes: Text[];
  starts: number[];
}

/** Elements whose text is never read: code, form fields, editors, hidden and invisible things. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'textarea', 'input', 'select', 'option', 'template', 'iframe', 'object', 'embed',
  'canvas', 'svg', 'math', 'code', 'pre', 'kbd', 'samp', 'head', 'title',
]);

/** Inline elements do not break a block: "<b>Imran</b> Khan" is one name. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'label', 'mark', 'q', 'ruby', 'rb', 'rt',
  's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'nobr',
]);

/** True when nothing under `element` should be read (its ancestors are not looked at). */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Per element: null when its text is never read, else the block element its text belongs to. */
type BlockOf = Map<Element, Element | null>;

function blockOf(element: Element, cache: BlockOf, isOwnUi: (element: Element) => boolean): Element | null {
  const known = cache.get(element);
  if (known !== undefined) return known;
  let block: Element | null;
  if (isSkippedElement(element) || isOwnUi(element)) block = null;
  else {
    const parent = element.parentElement;
    const parentBlock = parent ? blockOf(parent, cache, isOwnUi) : element;
    block = parentBlock === null ? null : INLINE_TAGS.has(element.localName) && parent ? parentBlock : element;
  }
  cache.set(element, block);
  return block;
}

/** A line break or a block-level element right before a text node ends the block, as its box does. */
function breaksBefore(node: Node): boolean {
  const previous = node.previousSibling;
  return previous !== null && previous.nodeType === Node.ELEMENT_NODE && !INLINE_TAGS.has((previous as Element).localName);
}

/** The text under a node, read for one scan. */
export interface PageText {
  /** The whole text as one string (the node's `textContent`), with every text node under it. */
  block: TextBlock;
  /** Where blocks break, for the scanner. */
  cuts: Cuts;
  /** False for a text node whose text is never read (scripts, form fields, editors, hidden subtrees, Backstory's own UI). */
  isRead(node: number): boolean;
}

/**
 * Reads the text under `root` for the matcher. The string is the browser's own
 * `textContent` (one native copy), and the walk only collects text nodes and
 * their lengths: whether two neighbouring text nodes belong to the same block is
 * decided only where it can change what is found, that is where a word runs
 * across them, or when the scanner finds a name across them. Text that is never
 * read stays in the string (it is scanned) and what is found in it is dropped
 * through `isRead`; whether text is rendered at all (CSS) is checked later, only
 * where a name was found, because asking the layout engine for every element of
 * a large page costs more than the whole match.
 * @param isOwnUi - elements that belong to the extension's own interface, never read
 */
export function readPageText(root: Node, m: RuntimeMatcher, isOwnUi: (element: Element) => boolean = () => false): PageText {
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text: string;
  if (root.nodeType === Node.TEXT_NODE) {
    nodes.push(root as Text);
    starts.push(0);
    text = (root as Text).data;
  } else {
    const doc = root.ownerDocument ?? (root as Document);
    const top = root.nodeType === Node.DOCUMENT_NODE ? (root as Document).documentElement : root;
    text = top?.textContent ?? '';
    const walker = doc.createTreeWalker(top ?? root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      starts.push(offset);
      offset += (node as Text).length;
    }
  }

  const cache: BlockOf = new Map();
  const blockAt = (k: number): Element | null => {
    const parent = nodes[k]!.parentElement;
    return parent ? blockOf(parent, cache, isOwnUi) : null;
  };
  /** True when text node `k` does not continue the run of text node `k - 1`. */
  const cutBefore = (k: number): boolean => {
    const before = blockAt(k - 1);
    const after = blockAt(k);
    return before === null || after === null || before !== after || breaksBefore(nodes[k]!);
  };

  const known: number[] = [];
  for (let k = 1; k < nodes.length; k++) {
    const start = starts[k]!;
    if (cutSplitsWord(m, text, start) && cutBefore(k)) known.push(start);
  }
  const firstInside = (start: number, end: number): number => {
    let lo = 1;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < nodes.length && starts[k]! < end; k++) if (cutBefore(k)) return starts[k]!;
    return -1;
  };
  return { block: { text, nodes, starts }, cuts: { known, firstInside }, isRead: (k) => blockAt(k) !== null };
}

/** Whether an element's text is rendered (not display:none, visibility:hidden or content-visibility hidden). */
export function makeVisibilityCheck(): (element: Element) => boolean {
  const cache = new Map<Element, boolean>();
  return (element) => {
    let visible = cache.get(element);
    if (visible === undefined) {
      visible = element.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);
      cache.set(element, visible);
    }
    return visible;
  };
}

/** A position in a block's text nodes: the node, its index in the block, and the offset inside it. */
export interface TextPosition {
  node: Text;
  index: number;
  offset: number;
}

/** The text node and offset inside it for a string offset of `block` (an end offset stays in the node it ends). */
export function locate(block: TextBlock, offset: number, isEnd: boolean): TextPosition {
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
