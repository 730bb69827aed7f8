/**
 * Fixture tests: each `fixtures/<case>/input.json` names a format, a language, the content and the outline;
 * `fixtures/<case>/output/` holds the expected files byte for byte. Regenerate with `UPDATE=1 npm test`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Language } from "@kubenotes/core";
import { describe, expect, it } from "vitest";
import { fixturesDirectory } from "../test/paths.js";
import type { NoteFormat } from "./generated-file.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderNotes } from "./render-notes.js";

interface FixtureInput {
  format: NoteFormat;
  lang: Language;
  content: string;
  outline?: string;
}

const update = Boolean(process.env.UPDATE);
const cases = readdirSync(fixturesDirectory)
  .filter((name) => existsSync(join(fixturesDirectory, name, "input.json")))
  .sort();

function readTree(directory: string): Map<string, string> {
  if (!existsSync(directory)) return new Map();
  return new Map(
    readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(directory, path).split(sep).join("/"), readFileSync(path, "utf8")] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

async function render(caseDirectory: string) {
  const input = JSON.parse(readFileSync(join(caseDirectory, "input.json"), "utf8")) as FixtureInput;
  const graph = await loadGraph(resolve(caseDirectory, input.content));
  const outline = input.outline ? await loadOutline(resolve(caseDirectory, input.outline), graph) : undefined;
  return { input, files: renderNotes(graph, input.format, input.lang, outline).files };
}

it("covers both formats in both languages", async () => {
  const covered = await Promise.all(
    cases.map(async (name) => (await render(join(fixturesDirectory, name))).input),
  );
  for (const format of ["post", "vault"]) {
    for (const lang of ["ko", "en"])
      expect(covered).toContainEqual(expect.objectContaining({ format, lang }));
  }
});

describe.each(cases)("fixture %s", (name) => {
  it("renders exactly output/", async () => {
    const caseDirectory = join(fixturesDirectory, name);
    const output = join(caseDirectory, "output");
    const { files } = await render(caseDirectory);
    if (update) {
      rmSync(output, { recursive: true, force: true });
      for (const file of files) {
        mkdirSync(dirname(join(output, file.path)), { recursive: true });
        writeFileSync(join(output, file.path), file.content);
      }
    }
    const expected = readTree(output);
    expect(files.map((file) => file.path).sort()).toEqual([...expected.keys()]);
    for (const file of files) expect(file.content, file.path).toBe(expected.get(file.path));
  });
});
