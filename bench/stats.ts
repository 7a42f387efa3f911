import os from 'node:os';

/** The median of a list of timings (NaN for none). */
export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

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
