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

/** The output folder or the outline cannot be read or written. Exit code 1. */
export class ExportIoError extends Error {
  override readonly name = "ExportIoError";
  readonly path: string;
  readonly code: string | undefined;
  constructor(path: string, cause: unknown, what: string) {
    const code = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(
      `kubenotes-export: cannot ${what} ${path}: ${code ?? (cause as Error | undefined)?.message ?? "unknown error"}`,
    );
    this.path = path;
    this.code = code;
  }
}

/** The run was stopped by a signal between two files: every file written so far is complete. Exit code 130. */
export class ExportInterruptedError extends Error {
  override readonly name = "ExportInterruptedError";
  readonly written: number;
  readonly total: number;
  constructor(written: number, total: number) {
    super(`kubenotes-export: interrupted after ${written} of ${total} files; every file written is complete`);
    this.written = written;
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
