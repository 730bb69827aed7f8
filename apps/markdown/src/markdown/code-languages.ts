/**
 * Gives a fenced code block without a language the language `text`, so generated notes pass markdownlint
 * MD040 whatever the content wrote (the content guide asks for a language; this keeps output valid anyway).
 */
import type { Nodes } from "mdast";

/** In place: call it on a tree you own. */
export function labelCodeBlocks(node: Nodes): void {
  if (node.type === "code" && !node.lang) node.lang = "text";
  if ("children" in node) for (const child of node.children) labelCodeBlocks(child);
}
