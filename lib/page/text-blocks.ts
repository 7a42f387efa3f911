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
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'SVG', 'MATH', 'CODE', 'PRE', 'KBD', 'SAMP', 'HEAD', 'TITLE',
]);

/** Inline elements do not break a block: "<b>Imran</b> Khan" is one name. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'INS', 'DEL', 'LABEL', 'MARK', 'Q', 'RUBY', 'RB', 'RT',
  'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'NOBR',
]);

/** True when nothing under `element` should be read. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  return false;
}

function isInline(element: Element): boolean {
  return INLINE_TAGS.has(element.tagName.toUpperCase());
}

/**
 * Reads the visible text under `root` as blocks.
 * @param isOwnUi - elements that belong to the extension's own interface, never read
 */
export function readBlocks(root: Node, isOwnUi: (element: Element) => boolean = () => false): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const blocks: TextBlock[] = [];
  const visibility = new Map<Element, boolean>();
  const isVisible = (element: Element): boolean => {
    let visible = visibility.get(element);
    if (visible === undefined) {
      visible = element.checkVisibility({ visibilityProperty: true, opacityProperty: false } as CheckVisibilityOptions);
      visibility.set(element, visible);
    }
    return visible;
  };

  let current: TextBlock | null = null;
  let currentBlock: Element | null = null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (isSkippedElement(element) || isOwnUi(element)) return NodeFilter.FILTER_REJECT;
      // A block-level element (or <br>, <img>…) is returned so that it ends the block before it.
      return isInline(element) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  if (root.nodeType === Node.ELEMENT_NODE && (isSkippedElement(root as Element) || isOwnUi(root as Element))) return blocks;

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (current && current.text.trim().length > 0) blocks.push(current);
      current = null;
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const parent = text.parentElement;
    if (!parent) continue;
    let block: Element = parent;
    while (isInline(block) && block.parentElement) block = block.parentElement;
    if (block !== currentBlock || current === null) {
      if (current && current.text.trim().length > 0) blocks.push(current);
      current = { text: '', nodes: [], starts: [] };
      currentBlock = block;
    }
    if (!isVisible(parent)) continue;
    current.nodes.push(text);
    current.starts.push(current.text.length);
    current.text += data;
  }
  if (current && current.text.trim().length > 0) blocks.push(current);
  return blocks;
}

/** The text node and offset inside it for a string offset of `block` (an end offset stays in the node it ends). */
export function locate(block: TextBlock, offset: number, isEnd: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const start = starts[mid]!;
    if (start < offset || (!isEnd && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: nodes[lo]!, offset: offset - starts[lo]! };
}
