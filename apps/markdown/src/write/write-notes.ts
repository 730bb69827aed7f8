/**
 * Brings an output folder in line with a set of generated files: plans first, refuses before writing
 * anything when a hand-written file is in the way, then writes only what changed, each file atomically.
 * With `check`, nothing is written and the plan is the answer.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { ExportInterruptedError, ExportIoError, OverwriteRefusedError } from "../errors.js";
import type { GeneratedFile } from "../generated-file.js";
import { planChanges } from "./plan-changes.js";
import { writeFileAtomic } from "./write-file-atomic.js";

export interface WriteOptions {
  /** Report what would change and write nothing (default false). */
  check?: boolean;
  /** Overwrite files that carry no marker (default false: refuse and write nothing). */
  force?: boolean;
  /** Stops the run between two files; the file being written completes or is left untouched. */
  signal?: AbortSignal;
  /** Called with a one-line progress message on long runs (default: silent). */
  onProgress?: (message: string) => void;
}

export interface WriteReport {
  /** Number of files the export produces. */
  files: number;
  created: string[];
  updated: string[];
  deleted: string[];
  unchanged: number;
  /** Hand-written files in the way (only reported with `check`; otherwise they raise OverwriteRefusedError). */
  refused: string[];
  /** True when the folder was written; false for `check`. */
  written: boolean;
}

/** Progress is reported about ten times per run, and only for runs of this many files or more. */
const PROGRESS_THRESHOLD = 50;

/**
 * @throws OverwriteRefusedError before writing anything when files without a marker are in the way
 * @throws ExportInterruptedError when `signal` aborts the run
 */
export async function writeNotes(
  outDirectory: string,
  files: readonly GeneratedFile[],
  scope: string,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const plan = await planChanges(outDirectory, files, scope, options.force ?? false);
  const paths = (kind: string) =>
    plan.changes.filter((change) => change.kind === kind).map((change) => change.path);
  const report: WriteReport = {
    files: files.length,
    created: paths("create"),
    updated: paths("update"),
    deleted: paths("delete"),
    unchanged: plan.unchanged.length,
    refused: plan.refused,
    written: false,
  };
  if (options.check) return report;
  if (plan.refused.length > 0) throw new OverwriteRefusedError(plan.refused);
  for (const leftover of plan.leftovers) await rm(join(outDirectory, leftover), { force: true });
  const total = plan.changes.length;
  const step = Math.max(PROGRESS_THRESHOLD, Math.ceil(total / 10));
  if (total >= PROGRESS_THRESHOLD) options.onProgress?.(`writing ${total} files to ${outDirectory}`);
  let done = 0;
  for (const change of plan.changes) {
    if (options.signal?.aborted) throw new ExportInterruptedError(done, total);
    const target = join(outDirectory, change.path);
    try {
      if (change.kind === "delete") await rm(target, { force: true });
      else await writeFileAtomic(target, change.content);
    } catch (error) {
      throw new ExportIoError(target, error, change.kind === "delete" ? "delete" : "write");
    }
    done++;
    if (total >= PROGRESS_THRESHOLD && (done % step === 0 || done === total))
      options.onProgress?.(`written ${done}/${total}`);
  }
  report.written = true;
  return report;
}
