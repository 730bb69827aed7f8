#!/usr/bin/env node
/**
 * `npm run notes -w @kubenotes/markdown` regenerates docs/notes (post and vault, ko and en);
 * `npm run notes:check -w @kubenotes/markdown` writes nothing and exits 1 when any of them is stale (CI).
 */
import { parseArgs } from "node:util";
import { readConfig } from "./config.js";
import { describeReport } from "./describe-report.js";
import { exitCodeFor, OverwriteRefusedError } from "./errors.js";
import { regenerateNotes } from "./regenerate-notes.js";

const USAGE = `usage: node dist/notes.js [--check] [--force] [--content <dir>] [--outline <file>] [--out <notes dir>]
  regenerates <notes dir>/{post,vault}/{ko,en} (default: docs/notes); --check writes nothing and exits 1 when stale`;

async function main(): Promise<number> {
  const config = readConfig();
  let values: ReturnType<typeof parse>["values"];
  function parse() {
    return parseArgs({
      options: {
        check: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        // docs/notes shows the embedded knowledge, so KUBENOTES_CONTENT (meant for the API) is not used here.
        content: { type: "string", default: config.knowledgeDirectory },
        outline: { type: "string", default: config.outlinePath },
        out: { type: "string", default: config.notesDirectory },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  }
  try {
    values = parse().values;
  } catch (error) {
    process.stderr.write(`kubenotes-notes: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  try {
    const sets = await regenerateNotes({
      notesDirectory: values.out,
      contentDirectory: values.content,
      outlinePath: values.outline,
      check: values.check,
      force: values.force,
      onProgress: (message) => process.stderr.write(`… ${message}\n`),
    });
    let stale = false;
    for (const set of sets) {
      const { lines, changed } = describeReport(set.report, `${set.format} (${set.lang})`, set.out);
      stale ||= changed && !set.report.written;
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    if (stale) {
      process.stderr.write(
        "✗ docs/notes is stale: regenerate with `npm run notes -w @kubenotes/markdown` and commit it\n",
      );
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    if (error instanceof OverwriteRefusedError) process.stderr.write("nothing was written\n");
    return exitCodeFor(error);
  }
}

process.exitCode = await main();
