export interface BenchRow {
  benchmark: string;
  figure: number;
  unit: string;
  /** Human-readable target, e.g. "< 2000"; "-" for a figure reported for comparison only. */
  target: string;
  met: boolean | null;
}

export interface Benchmark {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const round = (value: number, digits = 1) => Number(value.toFixed(digits));
