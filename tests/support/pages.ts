/** Builders and probes for the pages the browser tests open. */
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** A page of either browser driver (Playwright's, or the cross-browser TestPage): only `evaluate` is used. */
export interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Evaluates in either kind of page (Playwright's `evaluate` takes the same function and argument at run time). */
const run = <R, A>(page: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> => page.evaluate(fn, arg);

/** Bundles a TypeScript file into one script to evaluate in a page (tests and benchmarks hand it to `page.evaluate`). */
export async function bundleForPage(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // As the extension's build ships it (minified), but with its names, which profiles read.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** Bundles the React counter page's script. */
export async function reactCounterScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '../fixtures/react-counter.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0]!.text;
}

export const REACT_COUNTER_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>Live blog</title></head><body><div id="root"></div><script src="/counter.js"></script></body></html>';

/** Number of ranges in each Backstory highlight (the registry is shared with the page). */
export function highlightSizes(page: Evaluates): Promise<Record<string, number>> {
  return run(
    page,
    () => {
      const sizes: Record<string, number> = {};
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('backstory-')) sizes[name] = highlight.size;
      });
      return sizes;
    },
    null,
  );
}

/** The text of every highlighted range whose start lies inside `selector`. */
export function highlightedTextsIn(page: Evaluates, selector: string): Promise<string[]> {
  return run(
    page,
    (sel: string) => {
      const roots = [...document.querySelectorAll(sel)];
      const texts: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('backstory-')) return;
        highlight.forEach((range) => {
          if (roots.some((root) => root.contains(range.startContainer))) {
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            texts.push(live.toString());
          }
        });
      });
      return texts;
    },
    selector,
  );
}

/** Centre of the first painted mention whose text is `text` (optionally the n-th), in viewport coordinates after scrolling it into view. */
export async function mentionPoint(
  page: Evaluates,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number; left: number; right: number }> {
  const point = await run(
    page,
    ([wanted, index]: readonly [string, number]) => {
      const found: Range[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('backstory-') || name === 'backstory-flash') return;
        highlight.forEach((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() === wanted) found.push(live);
        });
      });
      found.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = found[index];
      if (!range) return null;
      const element = range.startContainer.parentElement!;
      element.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return {
        x: rect.left + Math.min(rect.width / 2, 20),
        y: rect.top + rect.height / 2,
        left: rect.left,
        right: rect.right,
      };
    },
    [text, nth] as const,
  );
  if (!point) throw new Error(`no painted mention "${text}"`);
  return point;
}
