/**
 * Heading ids as Jekyll's kramdown (GFM input) and GitHub generate them, so in-page links resolve in the
 * built site and pass markdownlint's MD051: lower case, drop every character that is not a letter, mark,
 * number, `_`, `-` or space, spaces become `-`, and a repeated id gets `-1`, `-2`, … in document order.
 */
import type { Heading, Nodes } from "mdast";
import { plainText } from "./concept-links.js";

export function headingSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- \t]/gu, "")
    .replace(/[ \t]/g, "-");
}

/** Every heading of a document with its id, in document order. */
export function headingSlugs(tree: Nodes): Map<Heading, string> {
  const seen = new Map<string, number>();
  const slugs = new Map<Heading, string>();
  const visit = (node: Nodes) => {
    if (node.type === "heading") {
      const base = headingSlug(plainText(node).trim());
      const count = seen.get(base);
      seen.set(base, count === undefined ? 0 : count + 1);
      slugs.set(node, count === undefined ? base : `${base}-${count + 1}`);
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return slugs;
}
