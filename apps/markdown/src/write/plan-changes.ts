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

async function listFiles(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/"))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new ExportIoError(directory, error, "list");
  }
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
  for (const file of files) {
    const current = await readIfPresent(join(outDirectory, file.path));
    if (current === file.content) plan.unchanged.push(file.path);
    else if (current === undefined)
      plan.changes.push({ kind: "create", path: file.path, content: file.content });
    else if (readMarker(current) === undefined && !force) plan.refused.push(file.path);
    else plan.changes.push({ kind: "update", path: file.path, content: file.content });
  }
  for (const path of await listFiles(outDirectory)) {
    if (path.endsWith(TEMPORARY_SUFFIX)) plan.leftovers.push(path);
    if (!path.endsWith(".md") || planned.has(path)) continue;
    const text = await readIfPresent(join(outDirectory, path));
    if (text !== undefined && readMarker(text) === scope) plan.changes.push({ kind: "delete", path });
  }
  return plan;
}
