/** Benchmark rows: each figure next to the baseline measured in the same run, and their ratio. */
export interface BenchRow {
  name: string;
  size: string;
  value: number;
  unit: string;
  baseline: number;
  baselineName: string;
  /** value / baseline: below 1 is faster (or smaller) than the baseline, for throughput above 1 is better. */
  ratio: number;
  /** The target this row is judged by, e.g. "≤ 2", or "" when it is context only. */
  target: string;
  met?: boolean;
}

/** A figure that could not be measured because something crashed; the run still fails at its end. */
export interface BenchFailure {
  figure: string;
  size: string;
  error: string;
}

export function row(fields: Omit<BenchRow, "ratio" | "met">): BenchRow {
  const ratio = Math.round((fields.value / fields.baseline) * 100) / 100;
  const match = /^([≤≥])\s*([\d.]+)/.exec(fields.target);
  const met = match ? (match[1] === "≤" ? ratio <= Number(match[2]) : ratio >= Number(match[2])) : undefined;
  return {
    ...fields,
    value: round(fields.value),
    baseline: round(fields.baseline),
    ratio,
    ...(met === undefined ? {} : { met }),
  };
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
