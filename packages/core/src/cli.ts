#!/usr/bin/env node
/**
 * kubenotes CLI.
 *   kubenotes validate [dir]                 counts by kind/tag/level and every problem; exit 0 only when valid
 *   kubenotes snapshot [dir] --out <file>    validate, lay out and write a snapshot (for fast start-up)
 * `dir` defaults to packages/knowledge/concepts (relative to the working directory).
 */
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { countConcepts } from "./content/count-concepts.js";
import { readContentFiles } from "./content/load-content.js";
import { parseConceptFiles } from "./content/parse-concept-files.js";
import { validateParsedContent } from "./content/validate-content.js";
import { formatContentProblem } from "./errors.js";
import { buildGraph } from "./graph/build-graph.js";
import { computeLayout } from "./layout/compute-layout.js";
import { createSnapshot } from "./snapshot/snapshot.js";

const DEFAULT_DIRECTORY = "packages/knowledge/concepts";
const USAGE = `usage:
  kubenotes validate [dir]
  kubenotes snapshot [dir] --out <file>
dir defaults to ${DEFAULT_DIRECTORY}`;

function fail(message: string): never {
  process.stderr.write(`kubenotes: ${message}\n`);
  process.exit(2);
}

function table(title: string, record: Record<string, number>): string {
  const rows = Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `${title}: ${rows.map(([key, count]) => `${key} ${count}`).join(", ")}`;
}

async function main() {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { out: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const [command, directoryArgument, ...extra] = parsed.positionals;
  if (parsed.values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== "validate" && command !== "snapshot") fail(`unknown command "${command}"\n${USAGE}`);
  if (extra.length > 0) fail(`unexpected arguments: ${extra.join(" ")}\n${USAGE}`);
  const directory = resolve(directoryArgument ?? DEFAULT_DIRECTORY);
  let files: Awaited<ReturnType<typeof readContentFiles>>;
  try {
    files = await readContentFiles(directory);
  } catch (error) {
    fail(
      `cannot read content directory ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
  const { concepts, problems } = validateParsedContent(await parseConceptFiles(files));
  if (problems.length > 0) {
    for (const problem of problems) process.stderr.write(`${formatContentProblem(problem)}\n`);
    process.stderr.write(
      `\n✗ ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${directory} (${files.length} files)\n`,
    );
    process.exit(1);
  }
  if (command === "validate") {
    const counts = countConcepts(concepts);
    process.stdout.write(
      `${[
        `✓ ${counts.total} concepts, ${counts.relations} relations, valid (${directory})`,
        table("kinds", counts.byKind),
        table("tags", counts.byTag),
        table("levels", counts.byLevel),
      ].join("\n")}\n`,
    );
    return;
  }
  const out = parsed.values.out;
  if (typeof out !== "string") fail(`snapshot needs --out <file>\n${USAGE}`);
  const graph = buildGraph(concepts);
  const snapshot = createSnapshot(graph, computeLayout(graph));
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, snapshot);
  await rename(temporary, target);
  process.stdout.write(`✓ snapshot of ${graph.order} concepts → ${out}\n`);
}

await main();
