/**
 * What a fault after staging leaves behind, through `exportNotes` so the error's fields can be checked:
 * a failing swap (rename) or delete leaves every file complete, says whether the folder changed, and the next
 * run finishes; a signal while staging changes nothing.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGED_FILES, changeContent, copyContent } from "../../test/fault-scenario.js";
import { failingOn } from "../../test/faulty-file-system.js";
import { folderContents, snapshotFolder } from "../../test/folder-snapshot.js";
import { useTemporaryDirectories } from "../../test/temporary-directory.js";
import { ExportInterruptedError, ExportIoError } from "../errors.js";
import { exportNotes } from "../export-notes.js";
import { markerComment } from "../marker.js";
import { type FileSystem, nodeFileSystem } from "./file-system.js";
import type { WriteOptions } from "./write-notes.js";

const newTemporaryDirectory = useTemporaryDirectories("apply");

/** A vault exported from a copy of the fixture content, the content changed, and the new export's bytes. */
async function scenario() {
  const base = newTemporaryDirectory();
  const content = copyContent(join(base, "content"));
  const out = join(base, "vault");
  const exportTo = (folder: string, options: WriteOptions = {}) =>
    exportNotes({ ...options, format: "vault", out: folder, content });
  await exportTo(out);
  const old = folderContents(out);
  changeContent(content);
  const fresh = join(base, "fresh");
  await exportTo(fresh);
  return { out, exportTo, old, next: folderContents(fresh) };
}

describe("applyChanges after staging", () => {
  it("a swap failing on the third file: two files new, the rest old, all complete, no temporary file", async () => {
    const { out, exportTo, old, next } = await scenario();
    const third = join(out, CHANGED_FILES[2] ?? "");
    const failing = exportTo(out, { fileSystem: failingOn("rename", (path) => path === third, "EBUSY") });
    await expect(failing).rejects.toBeInstanceOf(ExportIoError);
    await expect(failing).rejects.toMatchObject({ path: third, code: "EBUSY", folderUnchanged: false });
    const now = folderContents(out);
    expect([...now.keys()]).toEqual([...old.keys()]);
    for (const [path, bytes] of now) {
      const expected = CHANGED_FILES.slice(0, 2).includes(path) ? next.get(path) : old.get(path);
      expect(bytes === expected, path).toBe(true);
    }
    await exportTo(out);
    expect(folderContents(out)).toEqual(next);
  });

  it("a swap failing on the first file changes nothing", async () => {
    const { out, exportTo } = await scenario();
    const before = snapshotFolder(out);
    const first = join(out, CHANGED_FILES[0] ?? "");
    const failing = exportTo(out, { fileSystem: failingOn("rename", (path) => path === first, "EACCES") });
    await expect(failing).rejects.toMatchObject({ path: first, code: "EACCES", folderUnchanged: true });
    expect(snapshotFolder(out)).toEqual(before);
  });

  it("a stale file that cannot be deleted: the new files are in place, the stale one stays until the next run", async () => {
    const { out, exportTo, next } = await scenario();
    const stale = join(out, "concepts", "renamed-away.md");
    writeFileSync(stale, `---\n${markerComment("vault, ko")}\nid: renamed-away\n---\n\n# Old\n`);
    const failing = exportTo(out, { fileSystem: failingOn("remove", (path) => path === stale, "EACCES") });
    await expect(failing).rejects.toMatchObject({ path: stale, code: "EACCES", folderUnchanged: false });
    expect(folderContents(out)).toEqual(new Map([...next, ["concepts/renamed-away.md", expect.any(String)]]));
    await exportTo(out);
    expect(folderContents(out)).toEqual(next);
  });

  it("a signal while staging removes what was staged and changes nothing", async () => {
    const { out, exportTo } = await scenario();
    const before = snapshotFolder(out);
    const controller = new AbortController();
    let created = 0;
    const stopsAfterTwo: FileSystem = {
      ...nodeFileSystem,
      createFile: async (path, text) => {
        await nodeFileSystem.createFile(path, text);
        if (++created === 2) controller.abort();
      },
    };
    const interrupted = exportTo(out, { signal: controller.signal, fileSystem: stopsAfterTwo });
    await expect(interrupted).rejects.toBeInstanceOf(ExportInterruptedError);
    // Files are staged several at a time, so the writes already under way finish before the run stops.
    const error = (await interrupted.catch((reason: unknown) => reason)) as ExportInterruptedError;
    expect(error.staged).toBeGreaterThanOrEqual(2);
    expect(error.total).toBe(CHANGED_FILES.length);
    expect(snapshotFolder(out)).toEqual(before);
  });
});
