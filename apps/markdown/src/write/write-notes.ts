/**
 * Brings an output folder in line with a set of generated files: plans first, refuses before writing
 * anything when a hand-written file is in the way, then writes only what changed: all new versions are
 * staged beside their targets before any is swapped in, so a fault while writing changes no file
 * (see apply-changes.ts). With `check`, nothing is written and the plan is the answer.
 */
import { OverwriteRefusedError } from "../errors.js";
import type { GeneratedFile } from "../generated-file.js";
import { applyChanges } from "./apply-changes.js";
import type { FileSystem } from "./file-system.js";
import { planChanges } from "./plan-changes.js";

export interface WriteOptions {
  /** Report what would change and write nothing (default false). */
  check?: boolean;
  /** Overwrite files that carry no marker (default false: refuse and write nothing). */
  force?: boolean;
  /** Stops the run while it stages files: the staged files are removed and no file changes. */
  signal?: AbortSignal;
  /** Called with a one-line progress message on long runs (default: silent). */
  onProgress?: (message: string) => void;
  /**
   * The file operations of the write step (default: node:fs, `nodeFileSystem`). Only tests pass another, to
   * simulate faults such as a full disk; the code path is the same.
   */
  fileSystem?: FileSystem;
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

/**
 * @throws OverwriteRefusedError before writing anything when files without a marker are in the way
 * @throws ExportIoError naming the file that failed and the OS error code (see applyChanges)
 * @throws ExportInterruptedError when `signal` aborts the run (no file changed)
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
  await applyChanges(outDirectory, plan.changes, plan.leftovers, options);
  report.written = true;
  return report;
}
