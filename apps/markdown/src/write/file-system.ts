/**
 * The file operations the write step performs, as one replaceable object. Production always uses
 * `nodeFileSystem`; tests pass one that fails on purpose to reproduce faults a test cannot cause for real
 * everywhere (a full disk, permission denied when the tests run as root), through the same code path.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";

export interface FileSystem {
  /** `mkdir -p`; resolves to the first directory it created, or undefined when all existed. */
  mkdir(path: string): Promise<string | undefined>;
  /** Creates `path` exclusively (fails with EEXIST when anything is there, a symlink included) and writes it. */
  createFile(path: string, content: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Removes a file (no error when missing); with `recursive`, a directory and what it holds. */
  remove(path: string, recursive?: boolean): Promise<void>;
}

export const nodeFileSystem: FileSystem = {
  mkdir: (path) => mkdir(path, { recursive: true }),
  // "wx" = O_CREAT | O_EXCL: never follows a symlink planted at a temporary path, never reuses a stranger's file.
  createFile: (path, content) => writeFile(path, content, { encoding: "utf8", flag: "wx" }),
  rename: (from, to) => rename(from, to),
  remove: (path, recursive = false) => rm(path, { force: true, recursive }),
};
