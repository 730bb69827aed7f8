/**
 * The Korean post keeps the seed note's shape: the seed's front matter title, categories and tags, and every
 * seed heading at the same level and in the same order, with no TODO left and the promised service-mesh part.
 * The post is rendered from the REAL outline over generated concepts (one per id the outline names), so the
 * test does not depend on the real knowledge, which is still being written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseOutline } from "@kubenotes/core";
import { outlinesDirectory, seedOutlinePath } from "@kubenotes/knowledge";
import { beforeAll, describe, expect, it } from "vitest";
import { frontMatterOf, type HeadingLine, headingsOf } from "../test/markdown-outline.js";
import { writeSyntheticContent } from "../test/synthetic-content.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { DEFAULT_OUTLINE } from "./config.js";
import type { GeneratedFile } from "./generated-file.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderPost } from "./post/render-post.js";

const outlinePath = join(outlinesDirectory, DEFAULT_OUTLINE);
const outlineText = readFileSync(outlinePath, "utf8");
const seedText = readFileSync(seedOutlinePath, "utf8");

/** The seed file: `#` comment lines, then front matter between `---` lines, then heading lines. */
function readSeed(text: string) {
  const lines = text.split("\n");
  const start = lines.indexOf("---");
  const end = lines.indexOf("---", start + 1);
  const front = frontMatterOf(`${lines.slice(start, end + 1).join("\n")}\n`);
  const headings: HeadingLine[] = lines
    .slice(end + 1)
    .map((line) => /^(#{1,6}) (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ level: match[1]?.length ?? 0, text: (match[2] ?? "").trim() }));
  return { front, headings };
}

const newTemporaryDirectory = useTemporaryDirectories("seed");
let post: GeneratedFile;
let english: GeneratedFile;

beforeAll(async () => {
  const skeleton = parseOutline(outlinePath, outlineText);
  const ids = [...new Set(skeleton.sections.flatMap((section) => section.concepts))];
  const content = newTemporaryDirectory();
  writeSyntheticContent(content, ids);
  const graph = await loadGraph(content);
  const outline = await loadOutline(outlinePath, graph);
  post = renderPost(graph, outline, "ko");
  english = renderPost(graph, outline, "en");
});

describe("the generated Korean post against the seed note", () => {
  it("has the seed's front matter title, categories and tags", () => {
    const seed = readSeed(seedText);
    const front = frontMatterOf(post.content);
    expect(front.title).toBe(seed.front.title);
    expect(front.categories).toEqual(seed.front.categories);
    expect(front.tags).toEqual(seed.front.tags);
    expect(post.path).toMatch(/^\d{4}-\d{2}-\d{2}-kubernetes-note\.md$/);
  });

  it("has every seed heading at the same level and in the same order", () => {
    const seed = readSeed(seedText);
    const outline = parseOutline(outlinePath, outlineText);
    const corrected = new Map(
      outline.sections.filter((s) => s.seedHeading).map((s) => [s.seedHeading, s.heading.ko]),
    );
    const generated = headingsOf(post.content);
    expect(seed.headings.length).toBeGreaterThan(20);
    let cursor = 0;
    for (const heading of seed.headings) {
      const wanted = corrected.get(heading.text) ?? heading.text;
      const found = generated.findIndex(
        (line, index) => index >= cursor && line.level === heading.level && line.text === wanted,
      );
      expect(found, `seed heading ${"#".repeat(heading.level)} ${heading.text}`).toBeGreaterThanOrEqual(0);
      cursor = found + 1;
    }
  });

  it("leaves no TODO and writes the service-mesh part the seed promised", () => {
    expect(post.content).not.toMatch(/TODO/);
    expect(english.content).not.toMatch(/TODO/);
    expect(headingsOf(post.content)).toContainEqual({ level: 1, text: "서비스 메시" });
    expect(headingsOf(english.content)).toContainEqual({ level: 1, text: "Service mesh" });
  });

  it("writes every outline section, in both languages, at the outline's level", () => {
    const outline = parseOutline(outlinePath, outlineText);
    for (const [file, lang] of [
      [post, "ko"],
      [english, "en"],
    ] as const) {
      const generated = headingsOf(file.content);
      let cursor = 0;
      for (const section of outline.sections) {
        const found = generated.findIndex(
          (line, index) =>
            index >= cursor && line.level === section.level && line.text === section.heading[lang],
        );
        expect(found, `${lang}: ${section.heading[lang]}`).toBeGreaterThanOrEqual(0);
        cursor = found + 1;
      }
    }
  });
});
