/**
 * The one place that reads the command line and the environment: every setting of `npm run bench`, with its
 * default, decided once and passed down. Nothing else in the bench reads `process.argv` or `process.env`.
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { chromiumPath } from "../../scripts/chromium.mjs";

/** The benchmarks a run can be limited to with `--only`. */
export const BENCHMARKS = ["core", "export", "bundle", "cold-start", "throughput", "viewer"] as const;
export type Benchmark = (typeof BENCHMARKS)[number];

export interface BenchConfig {
  /** The command-line arguments as given, to restart with (see ensure-heap.ts). */
  argv: readonly string[];
  /** `--only a,b`: run these benchmarks only (default all; the core figures' graphs are built regardless). */
  only: ReadonlySet<Benchmark>;
  /** `--quick`: CI mode, reduced sizes and durations; never rewrites docs (default false). */
  quick: boolean;
  /** Synthetic sizes for the core and cold-start figures (`--sizes`, default 1000 quick, 1000,10000,100000 full). */
  sizes: number[];
  /** Synthetic sizes for API throughput and the viewer (`--ui-sizes`, default 1000 quick, 10000 full). */
  uiSizes: number[];
  /** Results file (`--out`, default bench/results/latest.json). */
  out: string;
  /** The embedded knowledge (`--embedded`, default packages/knowledge/concepts). */
  embedded: string;
  /** Document whose generated table a full run rewrites (`--docs`, default docs/benchmarks.md). */
  docs: string;
  /** Scratch folder for generated content and snapshots (default bench/content). */
  work: string;
  /** Chromium binary (`KUBENOTES_CHROMIUM`, default /usr/bin/chromium). */
  chromium: string;
  /** Seconds of load per throughput figure (`--seconds`, default 2 quick, 5 full). */
  loadSeconds: number;
  /** Concurrent connections of the load generator (default 50). */
  connections: number;
  /** Seconds of panning per viewer frame-time figure (default 1 quick, 2 full). */
  panSeconds: number;
  /** Repetitions of each cold start and each viewer load; the best is kept (default 2 quick, 3 full). */
  runs: number;
  /** Environment the servers under test start from, without any KUBENOTES_* or server settings of ours. */
  childEnvironment: Record<string, string>;
}

/** Settings of the API that the bench sets itself; inherited values would skew or break the runs. */
const OWNED_VARIABLES = /^(KUBENOTES_|HOST$|PORT$|LOG_LEVEL$|NODE_OPTIONS$)/;

function numbers(list: string): number[] {
  return list
    .split(",")
    .filter((item) => item.trim() !== "")
    .map((item) => {
      const value = Number(item);
      if (!Number.isInteger(value) || value < 2)
        throw new Error(`bench: expected sizes like 1000,10000, got "${list}"`);
      return value;
    });
}

export function loadBenchConfig(
  argv: readonly string[] = process.argv.slice(2),
  env: Readonly<Record<string, string | undefined>> = process.env,
): BenchConfig {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      "ui-sizes": { type: "string" },
      seconds: { type: "string" },
      only: { type: "string" },
      out: { type: "string", default: "bench/results/latest.json" },
      embedded: { type: "string", default: "packages/knowledge/concepts" },
      docs: { type: "string", default: "docs/benchmarks.md" },
    },
  });
  const quick = values.quick;
  const loadSeconds = Number(values.seconds ?? (quick ? 2 : 5));
  if (!(loadSeconds > 0))
    throw new Error(`bench: --seconds must be a positive number, got "${values.seconds}"`);
  const only = (values.only ?? BENCHMARKS.join(",")).split(",").map((name) => name.trim());
  for (const name of only) {
    if (!(BENCHMARKS as readonly string[]).includes(name))
      throw new Error(`bench: --only takes ${BENCHMARKS.join(", ")}; got "${name}"`);
  }
  const childEnvironment: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !OWNED_VARIABLES.test(key)) childEnvironment[key] = value;
  }
  return {
    argv: [...argv],
    only: new Set(only as Benchmark[]),
    quick,
    sizes: numbers(values.sizes ?? (quick ? "1000" : "1000,10000,100000")),
    uiSizes: numbers(values["ui-sizes"] ?? (quick ? "1000" : "10000")),
    out: resolve(values.out),
    embedded: resolve(values.embedded),
    docs: resolve(values.docs),
    work: resolve("bench/content"),
    chromium: chromiumPath(env),
    loadSeconds,
    connections: 50,
    panSeconds: quick ? 1 : 2,
    runs: quick ? 2 : 3,
    childEnvironment,
  };
}
