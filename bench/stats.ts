import os from 'node:os';

/** The median of a list of timings (NaN for none). */
export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * A distribution-free interval for the median of `xs` (order statistics: the ranks between which the median lies
 * with probability at least `level`), or null for fewer than six values, where no such interval is narrower than
 * the whole range.
 */
export function medianInterval(xs: readonly number[], level = 0.95): [number, number] | null {
  const n = xs.length;
  // The lowest rank k (1-based) with P(Binomial(n, 1/2) < k) <= (1 - level) / 2.
  let below = 0;
  let probability = 0.5 ** n;
  let k = 0;
  while (below + probability <= (1 - level) / 2) {
    below += probability;
    probability *= (n - k) / (k + 1);
    k++;
  }
  if (k === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return [s[k - 1]!, s[n - k]!];
}

/** The machine a benchmark ran on, and its load at the start and at the end of the run. */
export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  node: string;
}

/** The machine now; `loadAverageAtStart` is `os.loadavg()` read when the run began. */
export function machineInfo(loadAverageAtStart: number[]): MachineInfo {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
    node: process.version,
  };
}
