/**
 * Everything a folder holds, to compare before and after a failed run: each file's bytes, inode and mtime
 * (so a file rewritten with the same bytes still shows), each folder and each other entry by kind.
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export type FolderSnapshot = Map<string, string>;

export function snapshotFolder(directory: string): FolderSnapshot {
  const entries = readdirSync(directory, { recursive: true, withFileTypes: true });
  return new Map(
    entries
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const key = relative(directory, path).split(sep).join("/");
        if (entry.isDirectory()) return [key, "folder"] as const;
        if (!entry.isFile()) return [key, "other"] as const;
        const stat = lstatSync(path);
        const bytes = readFileSync(path).toString("base64");
        return [key, `file ino=${stat.ino} mtime=${stat.mtimeMs} ${bytes}`] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** Only the bytes of the files: equal for two folders holding the same export, whenever written. */
export function folderContents(directory: string): Map<string, string> {
  const contents = new Map<string, string>();
  for (const [path, value] of snapshotFolder(directory)) {
    if (value.startsWith("file ")) contents.set(path, value.slice(value.lastIndexOf(" ") + 1));
  }
  return contents;
}
