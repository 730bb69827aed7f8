/**
 * Places a body's headings below a parent heading: the body's shallowest heading becomes `parentDepth + 1`,
 * no heading skips a level after the previous one (markdownlint MD001), and nothing goes deeper than 6.
 */
import type { Heading, Nodes, RootContent } from "mdast";

function headingsOf(node: Nodes, found: Heading[]): Heading[] {
  if (node.type === "heading") found.push(node);
  if ("children" in node) for (const child of node.children) headingsOf(child, found);
  return found;
}

/**
 * In place: call it on a tree you own (a body parsed for this note). Copying the tree first cost as much as
 * a tenth of an export.
 * @param nodes body content, returned with its headings moved
 * @param parentDepth depth of the heading the body sits under (0 = none)
 */
export function nestHeadings(nodes: RootContent[], parentDepth: number): RootContent[] {
  const headings = nodes.flatMap((node) => headingsOf(node, []));
  if (headings.length === 0) return nodes;
  const shallowest = Math.min(...headings.map((heading) => heading.depth));
  let previous = parentDepth;
  for (const heading of headings) {
    const wanted = parentDepth + 1 + heading.depth - shallowest;
    const depth = Math.max(1, Math.min(wanted, previous + 1, 6));
    heading.depth = depth as Heading["depth"];
    previous = depth;
  }
  return nodes;
}
