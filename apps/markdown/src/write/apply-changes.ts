/**
 * Applies a change plan so that a fault part way through (a full disk, permission denied, a directory where a
 * note must go) leaves the output folder as it was. Three steps:
 * 1. stage: every new version is written to a hidden temporary file beside its target. Writing is where a
 *    disk fills up or a folder refuses a new file; on any fault, and on a signal, every staged file and every
 *    folder the run created is removed, so no file in the folder has changed.
 * 2. swap: each temporary file is renamed over its target (atomic on POSIX; needs no new space). A fault
 *    here (rare) leaves every file complete, some old and some new, and the error says so.
 * 3. delete: this export's stale files are removed.
 */
import { dirname, join } from "node:path";
import { ExportInterruptedError, ExportIoError } from "../errors.js";
import { type FileSystem, nodeFileSystem } from "./file-system.js";
import type { FileChange } from "./plan-changes.js";
import { removeQuietly, writeTemporary } from "./write-file-atomic.js";

export interface ApplyOptions {
  /** The file operations (default: `nodeFileSystem`); tests substitute failing ones. */
  fileSystem?: FileSystem;
  /** Stops the run while staging; the staged files are removed and nothing changes. */
  signal?: AbortSignal;
  /** One-line progress messages on long runs (default: silent). */
  onProgress?: (message: string) => void;
}

/** Files written at once while staging: enough to keep the disk busy, far below any descriptor limit. */
const STAGING_CONCURRENCY = 16;

/** Progress is reported about ten times per run, and only for runs of this many files or more. */
const PROGRESS_THRESHOLD = 50;

interface Staged {
  target: string;
  temporary: string;
}

/** Removes staged temporary files, then the folders this run created (they held nothing else), deepest first. */
async function discard(
  fileSystem: FileSystem,
  temporaries: readonly string[],
  createdDirectories: readonly string[],
): Promise<void> {
  for (const temporary of temporaries) await removeQuietly(fileSystem, temporary);
  for (const directory of [...createdDirectories].reverse()) await removeQuietly(fileSystem, directory, true);
}

/**
 * @param leftovers temporary files of an earlier, killed run (relative paths), removed first
 * @throws ExportIoError naming the file that failed and the OS error code; `folderUnchanged` tells whether
 *   any file of the folder changed
 * @throws ExportInterruptedError when `signal` aborts while staging (nothing changed)
 */
export async function applyChanges(
  outDirectory: string,
  changes: readonly FileChange[],
  leftovers: readonly string[],
  options: ApplyOptions = {},
): Promise<void> {
  const fileSystem = options.fileSystem ?? nodeFileSystem;
  for (const leftover of leftovers) await removeQuietly(fileSystem, join(outDirectory, leftover));
  const writes = changes.filter(
    (change): change is Extract<FileChange, { content: string }> => change.kind !== "delete",
  );
  const deletes = changes.filter((change) => change.kind === "delete");
  const total = writes.length;
  const loud = total >= PROGRESS_THRESHOLD;
  const step = Math.max(PROGRESS_THRESHOLD, Math.ceil(total / 10));

  // 1. Stage: each folder made once, then up to STAGING_CONCURRENCY files written at a time. The first
  // fault or an abort stops new writes; the ones under way finish, and then everything staged is discarded.
  if (loud) options.onProgress?.(`staging ${total} files in ${outDirectory}`);
  const staged: (Staged | undefined)[] = new Array(total);
  let stagedCount = 0;
  const createdDirectories: string[] = [];
  let failure: unknown;
  const stageFrom = async (next: { index: number }) => {
    while (failure === undefined && next.index < total) {
      if (options.signal?.aborted) {
        failure = new ExportInterruptedError(stagedCount, total);
        return;
      }
      const index = next.index++;
      const change = writes[index] as (typeof writes)[number];
      const target = join(outDirectory, change.path);
      try {
        staged[index] = { target, temporary: await writeTemporary(target, change.content, fileSystem) };
      } catch (error) {
        failure ??= new ExportIoError(target, error, "write");
        return;
      }
      stagedCount++;
      if (loud && (stagedCount % step === 0 || stagedCount === total))
        options.onProgress?.(`staged ${stagedCount}/${total}`);
    }
  };
  const folders = new Map<string, string>();
  for (const change of writes) {
    const target = join(outDirectory, change.path);
    if (!folders.has(dirname(target))) folders.set(dirname(target), target);
  }
  for (const [folder, firstTarget] of folders) {
    try {
      const created = await fileSystem.mkdir(folder);
      if (created !== undefined) createdDirectories.push(created);
    } catch (error) {
      failure = new ExportIoError(firstTarget, error, "write");
      break;
    }
  }
  if (failure === undefined) {
    const next = { index: 0 };
    await Promise.all(Array.from({ length: Math.min(STAGING_CONCURRENCY, total) }, () => stageFrom(next)));
    // A signal that came while the last writes were under way still stops the run before anything changes.
    if (failure === undefined && options.signal?.aborted)
      failure = new ExportInterruptedError(stagedCount, total);
  }
  if (failure !== undefined) {
    await discard(
      fileSystem,
      staged.flatMap((file) => (file ? [file.temporary] : [])),
      createdDirectories,
    );
    throw failure;
  }

  // 2. Swap. Not interruptible: renames take milliseconds, and stopping half way would mix old and new.
  if (loud) options.onProgress?.(`swapping ${total} files into place`);
  for (const [index, file] of (staged as Staged[]).entries()) {
    try {
      await fileSystem.rename(file.temporary, file.target);
    } catch (error) {
      const rest = (staged as Staged[]).slice(index).map((remaining) => remaining.temporary);
      await discard(fileSystem, rest, index === 0 ? createdDirectories : []);
      throw new ExportIoError(
        file.target,
        error,
        "write",
        index === 0
          ? undefined
          : {
              folderUnchanged: false,
              text: `${index} of ${total} files were already replaced, each complete; run the export again`,
            },
      );
    }
  }

  // 3. Delete this export's stale files.
  for (const [index, change] of deletes.entries()) {
    const target = join(outDirectory, change.path);
    try {
      await fileSystem.remove(target);
    } catch (error) {
      const untouched = total === 0 && index === 0;
      throw new ExportIoError(
        target,
        error,
        "delete",
        untouched
          ? undefined
          : {
              folderUnchanged: false,
              text: `the new files are in place; ${deletes.length - index} stale files remain, which the next run deletes`,
            },
      );
    }
  }
}
