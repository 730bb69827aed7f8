/**
 * A real Jekyll build of the generated posts (Debian's `jekyll` package): the build succeeds and the HTML
 * has every heading of the post, in order, and the Mermaid diagrams as code blocks. Jekyll missing is a
 * failure that names the install command, never a skip.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseOutline } from "@kubenotes/core";
import { outlinesDirectory } from "@kubenotes/knowledge";
import { describe, expect, it } from "vitest";
import { headingsOf } from "../test/markdown-outline.js";
import { fixtureContent, fixtureOutline } from "../test/paths.js";
import { writeSyntheticContent } from "../test/synthetic-content.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { DEFAULT_OUTLINE } from "./config.js";
import type { GeneratedFile } from "./generated-file.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderPost } from "./post/render-post.js";

const INSTALL = "apt-get install -y jekyll";
const newTemporaryDirectory = useTemporaryDirectories("jekyll");

function jekyllPath(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v jekyll"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/** Builds a one-post site and returns the post's HTML. */
function buildSite(post: GeneratedFile): string {
  const jekyll = jekyllPath();
  expect(jekyll, `jekyll is not installed: run \`${INSTALL}\` (CI installs it when missing)`).toBeDefined();
  const site = newTemporaryDirectory();
  mkdirSync(join(site, "_posts"));
  // `future: true`: the outline's date may be ahead of the machine's clock.
  writeFileSync(join(site, "_config.yml"), "title: kubenotes test site\nfuture: true\nmarkdown: kramdown\n");
  writeFileSync(join(site, "_posts", post.path), post.content);
  execFileSync(
    jekyll as string,
    ["build", "--quiet", "--source", site, "--destination", join(site, "_site")],
    {
      stdio: "pipe",
      env: { ...process.env, JEKYLL_ENV: "production" },
    },
  );
  const pages = readdirSync(join(site, "_site"), { recursive: true, withFileTypes: true }).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".html"),
  );
  expect(pages).toHaveLength(1);
  const [page] = pages;
  return readFileSync(join(page?.parentPath ?? "", page?.name ?? ""), "utf8");
}

/** @returns the number of in-page links checked */
function expectEveryHeading(post: GeneratedFile, html: string): number {
  const rendered = [...html.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g)].map((match) => ({
    level: Number(match[1]),
    text: decode(match[2] ?? ""),
  }));
  const headings = headingsOf(post.content);
  expect(headings.length).toBeGreaterThan(5);
  expect(rendered).toEqual(headings);
  // Concept links point at heading ids: each must exist in the built page.
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
  const fragments = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => decodeURIComponent(match[1] ?? ""));
  expect(fragments.filter((fragment) => !ids.has(fragment) && !fragment.startsWith("fn"))).toEqual([]);
  return fragments.length;
}

describe("jekyll build of the generated post", () => {
  it.each(["ko", "en"] as const)(
    "builds the fixture post (%s) with every heading and the diagrams",
    async (lang) => {
      const graph = await loadGraph(fixtureContent);
      const post = renderPost(graph, await loadOutline(fixtureOutline, graph), lang);
      const html = buildSite(post);
      expectEveryHeading(post, html);
      expect(html.match(/class="language-mermaid"/g)?.length).toBe(3);
      expect(html).toContain('href="https://kubernetes.io/docs/concepts/overview/components/"');
    },
  );

  it("builds the post of the real outline (over generated concepts) with every seed heading", async () => {
    const outlinePath = join(outlinesDirectory, DEFAULT_OUTLINE);
    const skeleton = parseOutline(outlinePath, readFileSync(outlinePath, "utf8"));
    const content = newTemporaryDirectory();
    writeSyntheticContent(content, [...new Set(skeleton.sections.flatMap((section) => section.concepts))]);
    const graph = await loadGraph(content);
    const post = renderPost(graph, await loadOutline(outlinePath, graph), "ko");
    expectEveryHeading(post, buildSite(post));
  });
});
