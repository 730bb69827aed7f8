#!/usr/bin/env node
/**
 * `npm run bench [-- --quick]`: every figure next to its baseline measured in the same run, written to
 * bench/results/latest.json and printed as a table. Quick mode (CI) runs the embedded knowledge and 1k with
 * short loads; full mode adds 10k and 100k synthetic concepts and rewrites the table in docs/benchmarks.md.
 * A missed target never fails a run; a crash does (after the other figures are measured and written).
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchApiColdStart } from "./bench-api-cold-start.js";
import { benchApiThroughput } from "./bench-api-throughput.js";
import { benchBundleSize } from "./bench-bundle-size.js";
import { benchCore } from "./bench-core.js";
import { benchExport } from "./bench-export.js";
import { benchViewer } from "./bench-viewer.js";
import { BENCHMARKS, type Benchmark, loadBenchConfig } from "./config.js";
import { describeMachine, formatMachine } from "./describe-machine.js";
import { heapToRequest, relaunchWithHeap } from "./ensure-heap.js";
import { generateContent } from "./generate-content.js";
import { renderFailures, renderTable, replaceGeneratedSection } from "./render-table.js";
import type { BenchFailure, BenchRow } from "./results.js";
import { writeContent } from "./write-content.js";
import { writeSnapshot } from "./write-snapshot.js";

const config = loadBenchConfig();
const heap = heapToRequest(Math.max(...config.sizes, ...config.uiSizes, 0));
if (heap !== undefined) {
  console.log(`restarting with a ${heap} MB heap for the largest sizes`);
  process.exit(await relaunchWithHeap(heap, fileURLToPath(import.meta.url), config.argv));
}
const machine = await describeMachine(config.chromium);
const rows: BenchRow[] = [];
const failures: BenchFailure[] = [];
const started = Date.now();

const report = (batch: BenchRow[]) => {
  for (const entry of batch) {
    const verdict = entry.met === undefined ? "" : entry.met ? " ✓" : " ✗";
    console.log(
      `  ${entry.name.padEnd(52)} ${entry.size.padStart(8)} ${String(entry.value).padStart(9)} ${entry.unit.padEnd(5)} vs ${String(entry.baseline).padStart(9)}  ×${entry.ratio}${entry.target ? ` (target ${entry.target})` : ""}${verdict}`,
    );
  }
  rows.push(...batch);
};

/** Runs one benchmark; a crash is recorded (and fails the run at the end) instead of losing every other figure. */
async function attempt(
  benchmark: Benchmark,
  figure: string,
  size: string,
  task: () => Promise<BenchRow[]>,
): Promise<void> {
  if (!config.only.has(benchmark)) return;
  const elapsed = Math.round((Date.now() - started) / 1000);
  console.log(`[${elapsed}s] ${figure} (${size})`);
  try {
    report(await task());
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`  ✗ crashed: ${message}`);
    failures.push({ figure, size, error: message });
  }
}

const label = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));

console.log(`kubenotes bench (${config.quick ? "quick" : "full"}): ${formatMachine(machine)}`);
await rm(config.work, { recursive: true, force: true });
await mkdir(config.work, { recursive: true });
const server = { env: config.childEnvironment, work: config.work };

// The embedded knowledge: everything, including the cold start from the snapshot `npm start` serves.
console.log("[0s] core: load, snapshot, search, path (embedded)");
const embedded = await benchCore("embedded", config.embedded, 3);
if (config.only.has("core")) report(embedded.rows);
await attempt("export", "vault export", "embedded", () => benchExport("embedded", embedded.graph, 3));
await attempt("bundle", "viewer bundle size", "—", benchBundleSize);
const embeddedSnapshot = await writeSnapshot(join(config.work, "embedded.snapshot.json"), embedded.graph);
const someConcept = (ids: string[]) => ids[Math.floor(ids.length / 2)] ?? "";
for (const source of [{ snapshot: embeddedSnapshot }, { content: config.embedded }]) {
  await attempt("cold-start", "API cold start", "embedded", () =>
    benchApiColdStart({
      size: "embedded",
      source,
      conceptId: someConcept(embedded.graph.nodes()),
      runs: config.runs,
      env: config.childEnvironment,
    }),
  );
}
const load = { seconds: config.loadSeconds, connections: config.connections };
await attempt("throughput", "API throughput", "embedded", () =>
  benchApiThroughput({
    size: "embedded",
    snapshot: embeddedSnapshot,
    graph: embedded.graph,
    ...load,
    ...server,
  }),
);
const viewer = { chromium: config.chromium, runs: config.runs, panSeconds: config.panSeconds, ...server };
await attempt("viewer", "viewer in Chromium", "embedded", () =>
  benchViewer({ size: "embedded", snapshot: embeddedSnapshot, ...viewer }),
);

// Synthetic sizes: core and cold start at every size; throughput and the viewer at the UI sizes.
for (const size of [...new Set([...config.sizes, ...config.uiSizes])].sort((a, b) => a - b)) {
  const name = label(size);
  const directory = join(config.work, String(size));
  console.log(`[${Math.round((Date.now() - started) / 1000)}s] generating ${size} concepts`);
  const files = generateContent({ concepts: size });
  await writeContent(directory, files);
  console.log(`[${Math.round((Date.now() - started) / 1000)}s] core: load, snapshot, search, path (${name})`);
  const core = await benchCore(name, directory, size >= 100_000 ? 1 : 3, files);
  if (config.sizes.includes(size) && config.only.has("core")) report(core.rows);
  for (const failure of core.failures) {
    console.error(`  ✗ ${failure.figure} crashed: ${failure.error}`);
    failures.push(failure);
  }
  const snapshot = await writeSnapshot(join(config.work, `${size}.snapshot.json`), core.graph);
  if (config.sizes.includes(size) && config.only.has("cold-start")) {
    const runs = size >= 100_000 ? 1 : config.runs;
    for (const source of [{ snapshot }, { content: directory }]) {
      await attempt("cold-start", "API cold start", name, () =>
        benchApiColdStart({
          size: name,
          source,
          conceptId: someConcept(core.graph.nodes()),
          runs,
          ...server,
        }),
      );
    }
  }
  if (config.uiSizes.includes(size)) {
    await attempt("throughput", "API throughput", name, () =>
      benchApiThroughput({ size: name, snapshot, graph: core.graph, ...load, ...server }),
    );
    await attempt("viewer", "viewer in Chromium", name, () =>
      benchViewer({ size: name, snapshot, ...viewer }),
    );
  }
  await rm(directory, { recursive: true, force: true });
}

await mkdir(join(config.out, ".."), { recursive: true });
await writeFile(
  config.out,
  `${JSON.stringify({ mode: config.quick ? "quick" : "full", machine, rows, failures }, null, 2)}\n`,
);
await rm(config.work, { recursive: true, force: true });
if (!config.quick && config.only.size === BENCHMARKS.length) {
  // Only a complete full run rewrites the table in the docs; the quick CI run must not change committed files.
  const document = await readFile(config.docs, "utf8").catch(() => "# Benchmarks\n");
  const header = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on ${formatMachine(machine)}.`;
  const section = [header, renderTable(rows), renderFailures(failures)].filter(Boolean).join("\n\n");
  await writeFile(config.docs, replaceGeneratedSection(document, section));
}
const missed = rows.filter((entry) => entry.met === false);
console.log(
  `${rows.length} figures, ${missed.length} target${missed.length === 1 ? "" : "s"} missed, ${failures.length} crashed, in ${Math.round((Date.now() - started) / 1000)} s → ${config.out}`,
);
if (failures.length > 0) process.exitCode = 1;
