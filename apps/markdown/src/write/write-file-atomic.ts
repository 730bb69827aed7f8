/**
 * Writes a file so that it is either absent, the old version or the complete new version, never half
 * written: the text goes to a hidden temporary file beside it, then `rename` swaps it in (atomic on POSIX).
 */
import { basename, dirname, join } from "node:path";
import { type FileSystem, nodeFileSystem } from "./file-system.js";

/** Suffix of temporary files; they start with a dot and never end in `.md`, so no tool takes them for notes. */
export const TEMPORARY_SUFFIX = ".kubenotes-tmp";

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}${TEMPORARY_SUFFIX}`);
}

/**
 * Writes `content` to the temporary file of `path` and leaves it there for the caller to rename. On failure
 * (a full disk part way through, permission denied) the partial temporary file is removed before rethrowing.
 * @returns the temporary path
 */
export async function writeTemporary(
  path: string,
  content: string,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<string> {
  const temporary = temporaryPathFor(path);
  try {
    await fileSystem.createFile(temporary, content);
  } catch (error) {
    // EEXIST: something this run did not create sits at the temporary path; it is not ours to remove.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") await removeQuietly(fileSystem, temporary);
    throw error;
  }
  return temporary;
}

/** Cleanup after a failure: the first error is the one to report, so a failing cleanup stays silent. */
export async function removeQuietly(fileSystem: FileSystem, path: string, recursive = false): Promise<void> {
  try {
    await fileSystem.remove(path, recursive);
  } catch {
    // Left behind: a hidden *.kubenotes-tmp file, which the next run removes.
  }
}

/** One file on its own; `writeNotes` uses the same steps for a whole folder, all staged before any swap. */
export async function writeFileAtomic(
  path: string,
  content: string,
  fileSystem: FileSystem = nodeFileSystem,
): Promise<void> {
  await fileSystem.mkdir(dirname(path));
  const temporary = await writeTemporary(path, content, fileSystem);
  try {
    await fileSystem.rename(temporary, path);
  } catch (error) {
    await removeQuietly(fileSystem, temporary);
    throw error;
  }
}
