/** Reads headings and front matter out of generated Markdown with remark (mdast), the way a reader's tool would. */
import type { Heading, Nodes, Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";

export interface HeadingLine {
  level: number;
  text: string;
}

/** The text of a node, as a reader sees it (text and inline code). */
function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => plainText(child)).join("") : "";
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm);

export function parseGenerated(markdown: string): Root {
  return processor.parse(markdown);
}

export function headingsOf(markdown: string): HeadingLine[] {
  const found: HeadingLine[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "heading") found.push({ level: (node as Heading).depth, text: plainText(node).trim() });
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(parseGenerated(markdown));
  return found;
}

export function frontMatterOf(markdown: string): Record<string, unknown> {
  const first = parseGenerated(markdown).children[0];
  if (first?.type !== "yaml") throw new Error("no front matter");
  return parseYaml(first.value) as Record<string, unknown>;
}

/**
 * `[[target|label]]` (`[[target\\|label]]` in a table) → targets, in order, as Obsidian reads them: text in
 * code blocks and inline code is not a link.
 */
export function wikiLinkTargets(markdown: string): string[] {
  const texts: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "code" || node.type === "inlineCode" || node.type === "yaml") return;
    if ("children" in node) {
      // Adjacent text nodes of one block are joined, so a link split across them is still found.
      texts.push(node.children.map((child) => (child.type === "text" ? child.value : "\u0000")).join(""));
      for (const child of node.children) visit(child);
    }
  };
  visit(parseGenerated(markdown));
  return texts.flatMap((text) =>
    [...text.matchAll(/\[\[([^\]|\\]+)(?:\\?\|[^\]]*)?\]\]/g)].map((match) => match[1] ?? ""),
  );
}
