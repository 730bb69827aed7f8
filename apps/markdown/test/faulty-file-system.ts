/**
 * File systems that fail on purpose, built on the real one, for faults a test cannot cause for real on every
 * machine: a disk that fills up after a number of bytes, an operation refused with a given OS error code.
 * The errors have the shape of Node's own system errors (code, errno, syscall, path, message).
 */
import { writeFile } from "node:fs/promises";
import { constants } from "node:os";
import { type FileSystem, nodeFileSystem } from "../src/write/file-system.js";

const DESCRIPTIONS: Record<string, string> = {
  EACCES: "permission denied",
  EBUSY: "resource busy or locked",
  EIO: "i/o error",
  ENOSPC: "no space left on device",
  EROFS: "read-only file system",
};

/** An error like the one Node raises for `syscall` failing with `code` (e.g. `ENOSPC`, `write`). */
export function systemError(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const errno = (constants.errno as Record<string, number>)[code];
  const where = path === undefined ? "" : ` '${path}'`;
  const error: NodeJS.ErrnoException = new Error(
    `${code}: ${DESCRIPTIONS[code] ?? code}, ${syscall}${where}`,
  );
  error.code = code;
  if (errno !== undefined) error.errno = -errno;
  error.syscall = syscall;
  if (path !== undefined) error.path = path;
  return error;
}

export interface DiskFull extends FileSystem {
  /** Files written whole before the disk filled up. */
  readonly completed: string[];
  /** The file the disk filled up on, and how many of its bytes reached the disk. */
  failed?: { path: string; bytesWritten: number };
}

/**
 * A disk with `bytes` free: files are created for real until the next one does not fit; that one gets the
 * bytes that fit (a real partial file) and the write fails with ENOSPC, as a full disk's `write` does.
 */
export function diskFullAfter(bytes: number): DiskFull {
  let free = bytes;
  const disk: DiskFull = {
    ...nodeFileSystem,
    completed: [],
    async createFile(path, content) {
      const data = Buffer.from(content, "utf8");
      // Space is taken when a write starts, so writes under way at the same time share it as on a real disk.
      if (data.length <= free) {
        free -= data.length;
        await nodeFileSystem.createFile(path, content);
        disk.completed.push(path);
        return;
      }
      const room = free;
      free = 0;
      disk.failed ??= { path, bytesWritten: room };
      await writeFile(path, data.subarray(0, room), { flag: "wx" });
      throw systemError("ENOSPC", "write");
    },
  };
  return disk;
}

type Operation = "mkdir" | "createFile" | "rename" | "remove";

/**
 * The real file system, except that `operation` fails with `code` on every path `matches` accepts
 * (for `rename`, the destination), like a folder that refuses new files.
 */
export function failingOn(
  operation: Operation,
  matches: (path: string) => boolean,
  code: string,
): FileSystem {
  const syscall = { mkdir: "mkdir", createFile: "open", rename: "rename", remove: "unlink" }[operation];
  const fail = (path: string) => {
    if (matches(path)) throw systemError(code, syscall, path);
  };
  return {
    mkdir: async (path) => {
      if (operation === "mkdir") fail(path);
      return nodeFileSystem.mkdir(path);
    },
    createFile: async (path, content) => {
      if (operation === "createFile") fail(path);
      return nodeFileSystem.createFile(path, content);
    },
    rename: async (from, to) => {
      if (operation === "rename") fail(to);
      return nodeFileSystem.rename(from, to);
    },
    remove: async (path, recursive) => {
      if (operation === "remove") fail(path);
      return nodeFileSystem.remove(path, recursive);
    },
  };
}
