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

/**
 * One latency row: the p-th percentile of `samples` in ms, met when under `below` (null: a
 * baseline, reported for comparison only).
 */
export function latencyRow(
  benchmark: string,
  samples: readonly number[],
  p: number,
  below: number | null,
  digits = 2,
): BenchRow {
  const figure = percentile(
    [...samples].sort((a, b) => a - b),
    p,
  );
  return {
    benchmark,
    figure: round(figure, digits),
    unit: 'ms',
    target: below === null ? '-' : `< ${below}`,
    met: below === null ? null : figure < below,
  };
}
