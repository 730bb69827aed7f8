/**
 * Prefixes footnote and link-reference identifiers in a body, so that two concepts both using `[^1]` or
 * `[docs]` do not collide once their bodies share one post.
 */
import type { Nodes, RootContent } from "mdast";

function scope(node: Nodes, prefix: string): void {
  if (
    node.type === "footnoteReference" ||
    node.type === "footnoteDefinition" ||
    node.type === "definition" ||
    node.type === "linkReference" ||
    node.type === "imageReference"
  ) {
    node.identifier = `${prefix}-${node.identifier}`;
    node.label = `${prefix}-${node.label ?? node.identifier}`;
  }
  if ("children" in node) for (const child of node.children) scope(child, prefix);
}

/** @param nodes modified in place: call it on a tree you own (a fresh parse) */
export function scopeIdentifiers(nodes: RootContent[], prefix: string): RootContent[] {
  for (const node of nodes) scope(node, prefix);
  return nodes;
}
