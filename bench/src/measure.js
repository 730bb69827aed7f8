/** Timing helpers: wall-clock samples with warm-up, and percentiles. */
import { performance } from "node:perf_hooks";
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index];
}
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(sorted.length, 1);
  return { p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), mean, min: sorted[0] ?? Number.NaN };
}
/** Runs `fn` once per input (after a warm-up pass over the first inputs) and returns per-call milliseconds. */
export function timeEach(inputs, fn, warmup = 20) {
  for (const input of inputs.slice(0, warmup)) fn(input);
  const samples = inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
  return summarize(samples);
}
/** Best wall time of `runs` runs of an async task, in milliseconds. */
export async function bestOf(runs, fn) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
