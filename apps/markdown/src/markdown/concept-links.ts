/**
 * Concept links: a Markdown link whose target is a bare concept id (`[노드](node)`, see the content guide).
 * The vault turns them into wikilinks, the post into in-page links to the heading where the concept is written.
 */
import { CONCEPT_ID_PATTERN } from "@kubenotes/core";
import type { Link, Nodes, PhrasingContent } from "mdast";

/** The concept id a link points at, or undefined for an ordinary URL. */
export function conceptLinkTarget(link: Link): string | undefined {
  return CONCEPT_ID_PATTERN.test(link.url) ? link.url : undefined;
}

/** The text of a node as a reader sees it. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "wikiLink") return node.label;
  return "children" in node ? node.children.map((child) => plainText(child)).join("") : "";
}

/**
 * Replaces every concept link under `node` (in place: call it on a tree you own) with what `replace` returns.
 * @param replace receives the concept id and the link; returns the nodes to put in its place
 */
export function replaceConceptLinks(
  node: Nodes,
  replace: (id: string, link: Link) => PhrasingContent[],
): void {
  if (!("children" in node)) return;
  const children: Nodes[] = [];
  for (const child of node.children) {
    const id = child.type === "link" ? conceptLinkTarget(child) : undefined;
    if (child.type === "link" && id !== undefined) children.push(...replace(id, child));
    else {
      replaceConceptLinks(child, replace);
      children.push(child);
    }
  }
  (node as { children: Nodes[] }).children = children;
}
