/**
 * A document's root and body as they are at run time. lib.dom types both as never null, but a document with no
 * root element has no `documentElement`, and an SVG or XML page (a content script runs on those too) has no `body`.
 */

/** The root element of `doc`, or null when it has none. */
export function pageRoot(doc: Document): Element | null {
  return doc.documentElement;
}

/** The `<body>` of `doc`, or null when it has none (an SVG or XML page). */
export function pageBody(doc: Document): HTMLElement | null {
  return doc.body;
}
