/**
 * What the benchmarks read from the product, written in one place. Each hook
 * is a data attribute or a performance mark, so that it costs nothing when
 * no benchmark looks.
 */

/**
 * Notes on a card how long it took from the hover's decision to open it to the
 * next frame after its content was drawn (bench/card-bench.ts reads `data-paint-ms`).
 * @param nextFrame - the content script's `requestAnimationFrame`, tied to its lifetime
 */
export function notePaintTime(card: HTMLElement, openedAt: number, nextFrame: (callback: () => void) => unknown): void {
  nextFrame(() => card.setAttribute('data-paint-ms', (performance.now() - openedAt).toFixed(2)));
}

/** A performance mark named `backstory:<step>`, which the benchmarks read (bench/search-bench.ts, bench/import-bench.ts). */
export function markStep(step: string): void {
  performance.mark(`backstory:${step}`);
}
