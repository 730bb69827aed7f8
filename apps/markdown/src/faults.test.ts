/**
 * Exporter faults (issue #8): permission denied or a full disk part way through an export leaves every file
 * of the output folder as it was (same bytes, same inode, no temporary file left), the command exits 1 with
 * one line naming the file that failed and the OS error code, and the next run completes the export.
 * Real faults where the machine allows them (chmod, a private tmpfs that fills up, a directory in the way),
 * injected ones (through `fileSystem`, the same code path) so that every fault also runs as root.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGED_FILES, changeContent, chownTree, copyContent } from "../test/fault-scenario.js";
import { diskFullAfter, failingOn, systemError } from "../test/faulty-file-system.js";
import { folderContents, snapshotFolder } from "../test/folder-snapshot.js";
import { builtCli } from "../test/paths.js";
import { canMountPrivateTmpfs, mountPrivateTmpfs } from "../test/private-tmpfs.js";
import { type RunResult, runBuilt } from "../test/run-built.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { runCli } from "./run-cli.js";
import type { FileSystem } from "./write/file-system.js";
import { temporaryPathFor } from "./write/write-file-atomic.js";

const newTemporaryDirectory = useTemporaryDirectories("faults");

/** Root ignores file permissions, so the real chmod case then runs the CLI as `nobody`. */
const isRoot = process.getuid?.() === 0;
const NOBODY = { uid: 65534, gid: 65534 };
const canRunAsNobody = isRoot && spawnSync(process.execPath, ["-e", ""], NOBODY).status === 0;
const hasTmpfs = canMountPrivateTmpfs();

const vaultArgs = (out: string, content: string) => [
  "--format",
  "vault",
  "--out",
  out,
  "--content",
  content,
  "--quiet",
];

function exportBuilt(out: string, content: string, as?: typeof NOBODY): RunResult {
  return runBuilt(builtCli, vaultArgs(out, content), as);
}

async function exportInProcess(out: string, content: string, fileSystem?: FileSystem): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const status = await runCli(vaultArgs(out, content), {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    ...(fileSystem ? { fileSystem } : {}),
  });
  return { status, stdout, stderr };
}

/** A fresh copy of the fixture content and the (not yet existing) vault folder to export it to. */
function contentAndVault(base = newTemporaryDirectory()): { content: string; out: string } {
  const content = copyContent(join(base, "content"));
  const out = join(base, "vault");
  return { content, out };
}

/** Exit 1, nothing on stdout, one line on stderr naming `file` (a path or a pattern) and `code`, no stack. */
function expectFailureLine(result: RunResult, file: string | RegExp, code: string): void {
  expect(result.status).toBe(1);
  expect(result.stdout).toBe("");
  const lines = result.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  const [line = ""] = lines;
  if (typeof file === "string") expect(line).toContain(file);
  else expect(line).toMatch(file);
  expect(line).toContain(code);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

/** A run without the fault finishes the job: the folder holds what an export into an empty folder holds. */
function expectNextRunCompletes(out: string, content: string, as?: typeof NOBODY): void {
  const rerun = exportBuilt(out, content, as);
  expect(rerun.status).toBe(0);
  expect(rerun.stdout).toContain(`${CHANGED_FILES.length} updated`);
  const fresh = join(newTemporaryDirectory(), "fresh");
  expect(exportBuilt(fresh, content).status).toBe(0);
  expect(folderContents(out)).toEqual(folderContents(fresh));
}

describe("permission denied mid-export", () => {
  it.skipIf(isRoot && !canRunAsNobody)(
    "real: a read-only tags/ folder (chmod 555; as nobody when the tests run as root)",
    () => {
      const base = newTemporaryDirectory();
      const { content, out } = contentAndVault(base);
      const as = isRoot ? NOBODY : undefined;
      if (as) chownTree(base, as);
      expect(exportBuilt(out, content, as).status).toBe(0);
      changeContent(content);
      const before = snapshotFolder(out);
      const tags = join(out, "tags");
      chmodSync(tags, 0o555);
      try {
        const result = exportBuilt(out, content, as);
        expectFailureLine(result, `${tags}/kubernetes.md`, "EACCES");
        expect(snapshotFolder(out)).toEqual(before);
      } finally {
        chmodSync(tags, 0o755);
      }
      expectNextRunCompletes(out, content, as);
    },
  );

  it("injected (any user, root included): new files refused in tags/ after two files were staged", async () => {
    const { content, out } = contentAndVault();
    expect(exportBuilt(out, content).status).toBe(0);
    changeContent(content);
    const before = snapshotFolder(out);
    const staged: string[] = [];
    const refusing = failingOn("createFile", (path) => path.includes("/tags/"), "EACCES");
    const recording: FileSystem = {
      ...refusing,
      createFile: async (path, text) => {
        await refusing.createFile(path, text);
        staged.push(path);
      },
    };
    const result = await exportInProcess(out, content, recording);
    expectFailureLine(result, join(out, "tags", "kubernetes.md"), "EACCES");
    // Files are staged several at a time: those before the refused one, and any under way beside it.
    expect(staged).toEqual(
      expect.arrayContaining([
        temporaryPathFor(join(out, "concepts/pod.md")),
        temporaryPathFor(join(out, "kinds/resource.md")),
      ]),
    );
    for (const path of staged) expect(existsSync(path), path).toBe(false);
    expect(snapshotFolder(out)).toEqual(before);
    expectNextRunCompletes(out, content);
  });
});

describe("disk full mid-export", () => {
  it.skipIf(!hasTmpfs)("real: a 1 MB tmpfs with two pages left (private mount namespace)", async () => {
    const content = copyContent(join(newTemporaryDirectory(), "content"));
    const disk = await mountPrivateTmpfs("1m");
    try {
      const out = join(disk.path, "vault");
      expect(exportBuilt(out, content).status).toBe(0);
      changeContent(content);
      const before = snapshotFolder(out);
      // Fill the disk, then free two 4 KiB pages: room for two of the five changed notes (about 1-4 KB each).
      const filler = join(disk.path, "filler");
      try {
        writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe("ENOSPC");
      }
      truncateSync(filler, statSync(filler).size - 2 * 4096);

      const result = exportBuilt(out, content);
      expectFailureLine(result, new RegExp(`${out}/(kinds|tags|index)`), "ENOSPC");
      expect(snapshotFolder(out)).toEqual(before);

      rmSync(filler);
      expectNextRunCompletes(out, content);
    } finally {
      await disk.close();
    }
  });

  it("injected: ENOSPC once the first note is staged, the next one half written on disk", async () => {
    const { content, out } = contentAndVault();
    expect(exportBuilt(out, content).status).toBe(0);
    changeContent(content);
    const before = snapshotFolder(out);
    // Room for the new pod note (a few bytes longer than the old one) and the start of the next.
    const disk = diskFullAfter(statSync(join(out, "concepts", "pod.md")).size + 100);
    const result = await exportInProcess(out, content, disk);
    expectFailureLine(result, new RegExp(`${out}/(kinds|tags|index)`), "ENOSPC");
    expect(disk.completed).toEqual([temporaryPathFor(join(out, "concepts/pod.md"))]);
    expect(disk.failed?.path).toBe(temporaryPathFor(join(out, "kinds/resource.md")));
    expect(disk.failed?.bytesWritten).toBeGreaterThan(0);
    expect(snapshotFolder(out)).toEqual(before);
    expectNextRunCompletes(out, content);
  });

  it("into a folder that did not exist: the folders the run created are removed too", async () => {
    const content = copyContent(join(newTemporaryDirectory(), "content"));
    const parent = newTemporaryDirectory();
    const out = join(parent, "new", "vault");
    const result = await exportInProcess(out, content, diskFullAfter(10_000));
    expectFailureLine(result, out, "ENOSPC");
    expect(existsSync(join(parent, "new"))).toBe(false);
  });

  it.skipIf(!existsSync("/dev/full"))(
    "the injected ENOSPC has the shape of the kernel's (/dev/full)",
    async () => {
      const real = await writeFile("/dev/full", "x").then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error,
      );
      const fake = systemError("ENOSPC", "write");
      expect(fake).toMatchObject({
        code: real?.code,
        errno: real?.errno,
        syscall: real?.syscall,
        message: real?.message,
      });
    },
  );
});

describe("something in the way (real, any user)", () => {
  it("a directory planted at a temporary path: EEXIST, left alone, nothing else changed", async () => {
    const { content, out } = contentAndVault();
    expect(exportBuilt(out, content).status).toBe(0);
    changeContent(content);
    // In-process, so the temporary name (it carries the pid) is known in advance.
    const planted = temporaryPathFor(join(out, "tags", "workloads.md"));
    mkdirSync(planted);
    const before = snapshotFolder(out);
    const result = await exportInProcess(out, content);
    expectFailureLine(result, join(out, "tags", "workloads.md"), "EEXIST");
    expect(snapshotFolder(out)).toEqual(before);
    rmSync(planted, { recursive: true });
    expectNextRunCompletes(out, content);
  });

  it("a directory where a note must be written: EISDIR, nothing written", () => {
    const { content, out } = contentAndVault();
    expect(exportBuilt(out, content).status).toBe(0);
    changeContent(content);
    const note = join(out, "tags", "workloads.md");
    rmSync(note);
    mkdirSync(note);
    const before = snapshotFolder(out);
    expectFailureLine(exportBuilt(out, content), note, "EISDIR");
    expect(snapshotFolder(out)).toEqual(before);
    rmSync(note, { recursive: true });
    const rerun = exportBuilt(out, content);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/1 created, 4 updated/);
  });
});
