/**
 * Error classes of the exporter, one per category; `exitCodeFor` maps them (and core's) to exit codes in
 * one place. Callers switch on the class, never on the message.
 */
import { ContentValidationError, SnapshotError } from "@kubenotes/core";

/** Files in the output folder were not written by kubenotes; nothing was written. Exit code 1. */
export class OverwriteRefusedError extends Error {
  override readonly name = "OverwriteRefusedError";
  /** Paths relative to the output folder. */
  readonly files: readonly string[];
  constructor(files: readonly string[]) {
    super(
      `kubenotes-export: refusing to overwrite ${files.length} file${files.length === 1 ? "" : "s"} that kubenotes did not generate ` +
        `(no marker): ${files.join(", ")}; move them away or pass --force`,
    );
    this.files = files;
  }
}

/**
 * The output folder or the outline cannot be read or written (permission denied, disk full, a directory where
 * a file must go, …). Names the file and the OS error code, and says what state the folder was left in.
 * Exit code 1.
 */
export class ExportIoError extends Error {
  override readonly name = "ExportIoError";
  /** The file that failed: the note being written or deleted, or the folder or outline being read. */
  readonly path: string;
  /** The OS error code (`EACCES`, `ENOSPC`, `EISDIR`, …), when the cause has one. */
  readonly code: string | undefined;
  /** True when no file in the output folder was changed by this run (default true). */
  readonly folderUnchanged: boolean;
  /**
   * @param what the operation, as a verb: `read`, `list`, `write`, `replace`, `delete`
   * @param outcome what the run left behind, one clause (default: nothing changed)
   */
  constructor(
    path: string,
    cause: unknown,
    what: string,
    outcome?: { folderUnchanged: boolean; text: string },
  ) {
    const error = cause as NodeJS.ErrnoException | undefined;
    const code = typeof error?.code === "string" ? error.code : undefined;
    const message = (error?.message ?? String(cause)).replace(/\s+/g, " ");
    // Node's system errors already start with their code ("ENOSPC: no space left on device, write").
    const detail = code === undefined || message.startsWith(code) ? message : `${code}: ${message}`;
    const folderUnchanged = outcome?.folderUnchanged ?? true;
    const left = outcome?.text ?? "nothing in the output folder was changed";
    super(`kubenotes-export: cannot ${what} ${path}: ${detail}; ${left}`);
    this.path = path;
    this.code = code;
    this.folderUnchanged = folderUnchanged;
  }
}

/**
 * The run was stopped by a signal while it staged its files: the staged temporary files were removed and no
 * file in the output folder was changed. Exit code 130.
 */
export class ExportInterruptedError extends Error {
  override readonly name = "ExportInterruptedError";
  /** Files staged (and then removed) before the signal. */
  readonly staged: number;
  /** Files the run would have written. */
  readonly total: number;
  constructor(staged: number, total: number) {
    super(`kubenotes-export: interrupted after staging ${staged} of ${total} files; no file was changed`);
    this.staged = staged;
    this.total = total;
  }
}

/** 0 ok · 1 check found changes, overwrite refused, invalid content or I/O · 130 interrupted. (Bad usage, 2, is decided by the flag parser.) */
export function exitCodeFor(error: unknown): number {
  if (error instanceof ExportInterruptedError) return 130;
  if (
    error instanceof OverwriteRefusedError ||
    error instanceof ExportIoError ||
    error instanceof ContentValidationError ||
    error instanceof SnapshotError
  ) {
    return 1;
  }
  return 70; // an unexpected failure (a bug): EX_SOFTWARE
}
