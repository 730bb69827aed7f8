/** The one place mdast becomes Markdown text: remark-stringify with front matter, GFM and wikilinks. */
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { wikiLinkHandler } from "./wiki-link.js";

/** Output style chosen to satisfy the committed markdownlint config (`.markdownlint.jsonc`). */
const processor = unified()
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "_",
    strong: "*",
    fence: "`",
    fences: true,
    rule: "-",
    listItemIndent: "one",
    incrementListMarker: true,
    handlers: { wikiLink: wikiLinkHandler },
  })
  .use(remarkFrontmatter, ["yaml"])
  // Unaligned table pipes: Hangul is wider than its character count, so "aligned" tables never line up.
  .use(remarkGfm, { tablePipeAlign: false })
  .freeze();

export function stringifyMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
