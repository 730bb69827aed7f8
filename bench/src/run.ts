#!/usr/bin/env node
/**
 * `npm run bench [-- --quick]`: every figure next to its baseline measured in the same run, written to
 * bench/results/latest.json and printed as a table. Quick mode (CI) runs the embedded knowledge and 1k;
 * full mode adds 10k and 100k synthetic concepts.
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { benchCore } from "./bench-core.js";
import { benchExport } from "./bench-export.js";
import { generateContent } from "./generate-content.js";
import { renderTable, replaceGeneratedSection } from "./render-table.js";
import type { BenchRow } from "./results.js";
import { writeContent } from "./write-content.js";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    sizes: { type: "string" },
    out: { type: "string", default: "bench/results/latest.json" },
    embedded: { type: "string", default: "packages/knowledge/concepts" },
    docs: { type: "string", default: "docs/benchmarks.md" },
  },
});
const sizes = (values.sizes ?? (values.quick ? "1000" : "1000,10000,100000")).split(",").map(Number);
const work = resolve("bench/content");
const rows: BenchRow[] = [];

const report = (batch: BenchRow[]) => {
  for (const entry of batch) {
    const verdict = entry.met === undefined ? "" : entry.met ? " ✓" : " ✗";
    console.log(
      `${entry.name.padEnd(44)} ${entry.size.padStart(8)} ${String(entry.value).padStart(10)} ${entry.unit.padEnd(5)} vs ${String(entry.baseline).padStart(10)}  ×${entry.ratio}${entry.target ? ` (target ${entry.target})` : ""}${verdict}`,
    );
  }
  rows.push(...batch);
};

console.log(
  `kubenotes bench (${values.quick ? "quick" : "full"}): node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);
const embedded = await benchCore("embedded", resolve(values.embedded), 3);
report(embedded.rows);
report(await benchExport("embedded", embedded.graph, 3));
for (const size of sizes) {
  const directory = join(work, String(size));
  await rm(directory, { recursive: true, force: true });
  await writeContent(directory, generateContent({ concepts: size }));
  report(
    (await benchCore(size >= 1000 ? `${size / 1000}k` : String(size), directory, size >= 100_000 ? 1 : 3))
      .rows,
  );
}
await mkdir(resolve(values.out, ".."), { recursive: true });
await writeFile(
  resolve(values.out),
  `${JSON.stringify({ mode: values.quick ? "quick" : "full", node: process.version, cores: cpus().length, rows }, null, 2)}\n`,
);
await rm(work, { recursive: true, force: true });
if (!values.quick) {
  // Only a full run rewrites the table in the docs; the quick CI run must not change committed files.
  const document = await readFile(resolve(values.docs), "utf8").catch(() => "# Benchmarks\n");
  const header = `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\` on node ${process.version}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB.`;
  await writeFile(
    resolve(values.docs),
    replaceGeneratedSection(document, `${header}\n\n${renderTable(rows)}`),
  );
}
const missed = rows.filter((entry) => entry.met === false);
console.log(
  `${rows.length} figures, ${missed.length} target${missed.length === 1 ? "" : "s"} missed → ${values.out}`,
);
