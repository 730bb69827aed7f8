/**
 * Compares the files an export would produce with what the output folder holds: which to create, update or
 * delete (this export's own stale files), which are unchanged, and which it must not overwrite (no marker).
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { ExportIoError } from "../errors.js";
import type { GeneratedFile } from "../generated-file.js";
import { readMarker } from "../marker.js";
import { TEMPORARY_SUFFIX } from "./write-file-atomic.js";

export type FileChange =
  | { kind: "create" | "update"; path: string; content: string }
  | { kind: "delete"; path: string };

export interface ChangePlan {
  /** In the order the files were given, then deletions in path order. */
  changes: FileChange[];
  /** Paths whose content is already byte-identical. */
  unchanged: string[];
  /** Paths that exist without a marker and would be overwritten (empty with `force`). */
  refused: string[];
  /** Leftover temporary files of an interrupted run, removed before writing. */
  leftovers: string[];
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ExportIoError(path, error, "read");
  }
}

/** Everything under `directory` (files, folders, links) as relative `/` paths, sorted; none when it is missing. */
async function listEntries(directory: string): Promise<{ all: Set<string>; files: string[] }> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    const pathOf = (entry: (typeof entries)[number]) =>
      relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/");
    return {
      all: new Set(entries.map(pathOf)),
      files: entries
        .filter((entry) => entry.isFile())
        .map(pathOf)
        .sort(),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { all: new Set(), files: [] };
    throw new ExportIoError(directory, error, "list");
  }
}

/** Files read at once when comparing: a folder of 100k notes must not run out of file descriptors. */
const READ_BATCH = 64;

/** The current text of each path (undefined: absent), read in batches. */
async function readAll(
  outDirectory: string,
  paths: readonly string[],
): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>();
  for (let first = 0; first < paths.length; first += READ_BATCH) {
    const batch = paths.slice(first, first + READ_BATCH);
    const read = await Promise.all(batch.map((path) => readIfPresent(join(outDirectory, path))));
    for (const [index, path] of batch.entries()) texts.set(path, read[index]);
  }
  return texts;
}

/**
 * @param scope this export's marker scope: only files carrying it are deleted when no longer produced
 * @param force when true, files without a marker are overwritten instead of refused (default false)
 */
export async function planChanges(
  outDirectory: string,
  files: readonly GeneratedFile[],
  scope: string,
  force = false,
): Promise<ChangePlan> {
  const plan: ChangePlan = { changes: [], unchanged: [], refused: [], leftovers: [] };
  const planned = new Set(files.map((file) => file.path));
  const present = await listEntries(outDirectory);
  // Only what exists is read (a folder where a note must go fails here, as EISDIR); a new folder reads nothing.
  const currents = await readAll(
    outDirectory,
    files.filter((file) => present.all.has(file.path)).map((file) => file.path),
  );
  for (const file of files) {
    const current = currents.get(file.path);
    if (current === file.content) plan.unchanged.push(file.path);
    else if (current === undefined)
      plan.changes.push({ kind: "create", path: file.path, content: file.content });
    else if (readMarker(current) === undefined && !force) plan.refused.push(file.path);
    else plan.changes.push({ kind: "update", path: file.path, content: file.content });
  }
  const stale = present.files.filter((path) => path.endsWith(".md") && !planned.has(path));
  plan.leftovers.push(...present.files.filter((path) => path.endsWith(TEMPORARY_SUFFIX)));
  const staleTexts = await readAll(outDirectory, stale);
  for (const path of stale) {
    const text = staleTexts.get(path);
    if (text !== undefined && readMarker(text) === scope) plan.changes.push({ kind: "delete", path });
  }
  return plan;
}
