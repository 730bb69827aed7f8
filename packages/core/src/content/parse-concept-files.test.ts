import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validFixtureDirectory } from "../../test/fixture-graph.js";
import { readContentFiles } from "./load-content.js";
import { parseConceptFile } from "./parse-concept-file.js";
import { parseConceptFiles } from "./parse-concept-files.js";

const scratch = mkdtempSync(join(tmpdir(), "kubenotes-parse-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("parseConceptFiles", () => {
  it("gives the same result as parsing one file at a time, in the same order", async () => {
    const files = await readContentFiles(validFixtureDirectory);
    const expected = files.map(({ file, text }) => parseConceptFile(file, text));
    expect(await parseConceptFiles(files, { parallelFrom: 1, threads: 2 })).toEqual(expected);
  });

  it("does the same in worker threads (the built package, where the worker file exists)", async () => {
    // From source the worker file is absent and parsing runs inline; the build ships dist/parse-worker.js.
    const built = (await import(
      new URL("../../dist/index.js", import.meta.url).href
    )) as typeof import("../index.js");
    const files = await readContentFiles(validFixtureDirectory);
    const expected = files.map(({ file, text }) => parseConceptFile(file, text));
    expect(await built.parseConceptFiles(files, { parallelFrom: 1, threads: 3 })).toEqual(expected);
  });

  it("reads nested folders and skips README and _drafts", async () => {
    writeFileSync(join(scratch, "README.md"), "# notes about the folder");
    writeFileSync(join(scratch, "_draft.md"), "---\nid: x\n---");
    expect(await readContentFiles(scratch)).toEqual([]);
  });
});
