/**
 * The thin DOM layer under the matcher: reads the visible text of a subtree
 * as blocks (one string per paragraph-like element, so no name can span two
 * blocks) and maps string offsets back to text nodes. It only reads the DOM.
 */

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

/**
 * Reads the text under `root` as blocks. Elements that are never read (scripts, form fields, editors,
 * `hidden` and `aria-hidden` subtrees) are left out here; whether text is rendered at all (CSS) is
 * checked later, only where a name was found, because asking the layout engine for every element of
 * a large page costs more than the whole match.
 * @param isOwnUi - elements that belong to the extension's own interface, never read
 */
export function readBlocks(root: Node, isOwnUi: (element: Element) => boolean = () => false): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  const cache: BlockOf = new Map();
  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;
  const flush = () => {
    if (current && current.text.trim().length > 0) blocks.push(current);
    current = null;
  };
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent) continue;
    const block = blockOf(parent, cache, isOwnUi);
    if (block === null) continue;
    if (block !== currentBlock || breaksBefore(text)) {
      flush();
      currentBlock = block;
    }
    const data = text.data;
    if (data.length === 0) continue;
    current ??= { text: '', nodes: [], starts: [] };
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += data;
  }
  flush();
  return blocks;
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
