/**
 * Watches a directory tree (node:fs.watch, recursive: native on Linux since Node 20) and calls back once the
 * events have been quiet for a while, so an editor's save (often several writes and renames) or a
 * `git checkout` of many files becomes one call.
 */
import { type FSWatcher, watch } from "node:fs";
import { basename, extname } from "node:path";

export interface WatchDirectoryOptions {
  /** Quiet time after the last event before `onSettled` runs (default 150 ms). */
  debounceMs?: number;
  /** The watcher failed (the directory was removed, the system ran out of watches); it is closed. */
  onError?: (error: Error) => void;
}

export interface DirectoryWatch {
  close(): void;
}

/** Editors' swap, backup and lock files (`.pod.md.swp`, `pod.md~`) are not content; directories may hold some. */
function mayBeContent(filename: string | null): boolean {
  if (!filename) return true;
  const name = basename(filename);
  if (name.startsWith(".") || name.endsWith("~")) return false;
  return name.endsWith(".md") || extname(name) === "";
}

export function watchDirectory(
  directory: string,
  onSettled: () => void,
  options: WatchDirectoryOptions = {},
): DirectoryWatch {
  const debounceMs = options.debounceMs ?? 150;
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(directory, { recursive: true }, (_event, filename) => {
    if (!mayBeContent(filename === null ? null : String(filename))) return;
    clearTimeout(timer);
    timer = setTimeout(onSettled, debounceMs);
  });
  watcher.on("error", (error) => {
    clearTimeout(timer);
    watcher.close();
    options.onError?.(error);
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
