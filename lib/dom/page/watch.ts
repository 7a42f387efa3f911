/**
 * Watches a page for text added or changed after the first pass (infinite
 * scroll, live blogs, single-page navigation) and hands only the changed
 * parts to `onChanged`, batched into idle time.
 */

export interface ChangeBatch {
  /** Subtrees added since the last batch, none inside another. */
  added: Node[];
  /** Elements whose own text changed and must be read again. */
  changed: Element[];
}

const IDLE_TIMEOUT_MS = 300;

/** Starts watching `root`; returns a function that stops, dropping a batch not yet handed over. */
export function watchPage(
  root: Node,
  onChanged: (batch: ChangeBatch) => void,
  isOwnUi: (node: Node) => boolean,
): () => void {
  let added = new Set<Node>();
  let changed = new Set<Element>();
  let scheduled = false;
  let cancel = () => {};
  const win = (root.ownerDocument ?? (root as Document)).defaultView ?? window;

  const flush = () => {
    scheduled = false;
    const batch: ChangeBatch = {
      added: outermost([...added].filter((n) => n.isConnected)),
      changed: [...changed].filter((e) => e.isConnected),
    };
    added = new Set();
    changed = new Set();
    if (batch.added.length > 0 || batch.changed.length > 0) onChanged(batch);
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if ('requestIdleCallback' in win) {
      const id = win.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => win.cancelIdleCallback(id);
    } else {
      const id = setTimeout(flush, 50);
      cancel = () => clearTimeout(id);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) changed.add(parent);
      } else {
        for (const node of record.addedNodes) {
          if (!isOwnUi(node) && (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE))
            added.add(node);
        }
      }
    }
    if (added.size > 0 || changed.size > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    // A batch still waiting for idle time would paint again after the session stopped.
    cancel();
  };
}

/** Drops nodes that lie inside another node of the list. */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (set.has(parent)) return false;
    return true;
  });
}
