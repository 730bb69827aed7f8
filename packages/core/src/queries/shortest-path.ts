/**
 * Shortest typed path between two concepts (fewest edges), by bidirectional breadth-first search.
 * With direction `both` (default) an edge may be walked against its direction; each step keeps its real
 * source, target and type so a reader sees "kubelet runs-on node ← part-of …".
 */
import { NoPathError } from "../errors.js";
import type { KnowledgeGraph, RelationEdge } from "../graph/knowledge-graph.js";
import type { Subgraph } from "./neighbors.js";
import { type CheckedTraversal, checkTraversal, type TraversalOptions } from "./traversal-options.js";

type Parent = Map<string, { node: string; edge: RelationEdge } | null>;

/**
 * @param from canonical id of the start
 * @param to canonical id of the end
 * @returns nodes from `from` to `to` and the edges between consecutive nodes
 * @throws NoPathError when no path exists under the options
 */
export function shortestPath(
  graph: KnowledgeGraph,
  from: string,
  to: string,
  options: TraversalOptions = {},
): Subgraph {
  const traversal = checkTraversal("shortestPath", options);
  if (from === to) return { nodes: [from], edges: [] };
  const forward: Parent = new Map([[from, null]]);
  const backward: Parent = new Map([[to, null]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  while (forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    // Expand the smaller frontier first: the classic bidirectional trick.
    const expandForward = forwardFrontier.length <= backwardFrontier.length;
    const meet = expandForward
      ? expand(graph, forwardFrontier, forward, backward, traversal, false)
      : expand(graph, backwardFrontier, backward, forward, traversal, true);
    if (expandForward) forwardFrontier = meet.next;
    else backwardFrontier = meet.next;
    if (meet.at !== undefined) return assemble(meet.at, forward, backward);
  }
  throw new NoPathError(from, to, options.relations?.length ? ` using ${options.relations.join(", ")}` : "");
}

function expand(
  graph: KnowledgeGraph,
  frontier: string[],
  mine: Parent,
  theirs: Parent,
  traversal: CheckedTraversal,
  reversed: boolean,
): { next: string[]; at?: string } {
  const next: string[] = [];
  // Walking backwards from `to` flips which edge direction counts as "out".
  const followOut = reversed ? traversal.in : traversal.out;
  const followIn = reversed ? traversal.out : traversal.in;
  for (const node of frontier) {
    let at: string | undefined;
    const visit = (type: RelationEdge["type"], source: string, target: string, other: string) => {
      if (at !== undefined || mine.has(other) || !traversal.accepts(type)) return;
      mine.set(other, { node, edge: { source, target, type } });
      if (theirs.has(other)) at = other;
      next.push(other);
    };
    if (followOut)
      graph.forEachOutEdge(node, (_k, attr, source, target) => visit(attr.type, source, target, target));
    if (followIn)
      graph.forEachInEdge(node, (_k, attr, source, target) => visit(attr.type, source, target, source));
    if (at !== undefined) return { next, at };
  }
  return { next };
}

function assemble(meeting: string, forward: Parent, backward: Parent): Subgraph {
  const nodes: string[] = [meeting];
  const edges: RelationEdge[] = [];
  for (let step = forward.get(meeting); step; step = forward.get(step.node)) {
    nodes.unshift(step.node);
    edges.unshift(step.edge);
  }
  for (let step = backward.get(meeting); step; step = backward.get(step.node)) {
    nodes.push(step.node);
    edges.push(step.edge);
  }
  return { nodes, edges };
}
