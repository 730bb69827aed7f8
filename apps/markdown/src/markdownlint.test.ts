/** Generated Markdown passes markdownlint with the committed config (`.markdownlint.jsonc`). */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseOutline } from "@kubenotes/core";
import { outlinesDirectory } from "@kubenotes/knowledge";
import { lint, readConfig } from "markdownlint-cli2/markdownlint/promise";
import parsers from "markdownlint-cli2/parsers";
import { expect, it } from "vitest";
import { fixturesDirectory, markdownlintConfig } from "../test/paths.js";
import { writeSyntheticContent } from "../test/synthetic-content.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { DEFAULT_OUTLINE } from "./config.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderNotes } from "./render-notes.js";

const newTemporaryDirectory = useTemporaryDirectories("lint");

async function problems(strings: Record<string, string>): Promise<string[]> {
  const config = await readConfig(markdownlintConfig, parsers);
  const results = await lint({ strings, config });
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map(
      (error) =>
        `${name}:${error.lineNumber} ${error.ruleNames.join("/")} ${error.ruleDescription} ${error.errorDetail ?? ""}`,
    ),
  );
}

it("passes for every fixture output", async () => {
  const strings: Record<string, string> = {};
  for (const entry of readdirSync(fixturesDirectory, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isFile() && entry.name.endsWith(".md") && path.includes("/output/")) {
      strings[relative(fixturesDirectory, path)] = readFileSync(path, "utf8");
    }
  }
  expect(Object.keys(strings).length).toBeGreaterThan(100);
  expect(await problems(strings)).toEqual([]);
});

it("passes for the posts and vaults of the real outline over generated concepts", async () => {
  const outlinePath = join(outlinesDirectory, DEFAULT_OUTLINE);
  const skeleton = parseOutline(outlinePath, readFileSync(outlinePath, "utf8"));
  const content = newTemporaryDirectory();
  writeSyntheticContent(content, [...new Set(skeleton.sections.flatMap((section) => section.concepts))]);
  const graph = await loadGraph(content);
  const outline = await loadOutline(outlinePath, graph);
  const strings: Record<string, string> = {};
  for (const format of ["post", "vault"] as const) {
    for (const lang of ["ko", "en"] as const) {
      for (const file of renderNotes(graph, format, lang, outline).files)
        strings[`${format}/${lang}/${file.path}`] = file.content;
    }
  }
  expect(await problems(strings)).toEqual([]);
});
