/** Timing helpers: wall-clock samples with warm-up, and percentiles. */
import { performance } from "node:perf_hooks";

export interface Samples {
  p50: number;
  p99: number;
  mean: number;
  min: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] as number;
}

export function summarize(samples: number[]): Samples {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(sorted.length, 1);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), mean, min: sorted[0] ?? Number.NaN };
}

/** Runs `fn` once per input (after a warm-up pass over the first inputs) and returns per-call milliseconds. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown, warmup = 20): Samples {
  for (const input of inputs.slice(0, warmup)) fn(input);
  const samples = inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
  return summarize(samples);
}

/**
 * Times two implementations on the same inputs, interleaved call by call, so garbage collection and machine
 * noise fall on both alike (a p99 at small sizes is otherwise one unlucky pause).
 */
export function timePair<T>(
  inputs: readonly T[],
  ours: (input: T) => unknown,
  baseline: (input: T) => unknown,
  warmup = 50,
): [Samples, Samples] {
  for (const input of inputs.slice(0, warmup)) {
    ours(input);
    baseline(input);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (const input of inputs) {
    let start = performance.now();
    ours(input);
    a.push(performance.now() - start);
    start = performance.now();
    baseline(input);
    b.push(performance.now() - start);
  }
  return [summarize(a), summarize(b)];
}

/** Best wall time of `runs` runs of an async task, in milliseconds. */
export async function bestOf(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
