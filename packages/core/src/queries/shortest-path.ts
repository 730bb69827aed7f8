/**
 * Shortest typed path between two concepts (fewest edges), by bidirectional breadth-first search.
 * With direction `both` (default) an edge may be walked against its direction; each step keeps its real
 * source, target and type so a reader sees "kubelet runs-on node ← part-of …".
 */
import { NoPathError } from "../errors.js";
import type { KnowledgeGraph, RelationEdge } from "../graph/knowledge-graph.js";
import type { Subgraph } from "./neighbors.js";
import { type CheckedTraversal, checkTraversal, type TraversalOptions } from "./traversal-options.js";

/** node → the node it was reached from (null for the start); the edge is looked up only for the final path. */
type Parents = Map<string, string | null>;

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
  const forward: Parents = new Map([[from, null]]);
  const backward: Parents = new Map([[to, null]]);
  let forwardFrontier = [from];
  let backwardFrontier = [to];
  while (forwardFrontier.length > 0 && backwardFrontier.length > 0) {
    // Expand the smaller frontier first: the classic bidirectional trick.
    if (forwardFrontier.length <= backwardFrontier.length) {
      const meet = expand(graph, forwardFrontier, forward, backward, traversal, traversal.out, traversal.in);
      if (typeof meet === "string") return assemble(graph, meet, forward, backward, traversal);
      forwardFrontier = meet;
    } else {
      // Walking backwards from `to` flips which edge direction counts as "out".
      const meet = expand(graph, backwardFrontier, backward, forward, traversal, traversal.in, traversal.out);
      if (typeof meet === "string") return assemble(graph, meet, forward, backward, traversal);
      backwardFrontier = meet;
    }
  }
  throw new NoPathError(from, to, options.relations?.length ? ` using ${options.relations.join(", ")}` : "");
}

/** One BFS level; returns the meeting node, or the next frontier. */
function expand(
  graph: KnowledgeGraph,
  frontier: readonly string[],
  mine: Parents,
  theirs: Parents,
  traversal: CheckedTraversal,
  followOut: boolean,
  followIn: boolean,
): string[] | string {
  const next: string[] = [];
  for (const node of frontier) {
    const neighbours: string[] = [];
    if (traversal.all) {
      // No relation filter: neighbours are enough, as in graphology's own bidirectional search.
      if (followOut) neighbours.push(...graph.outNeighbors(node));
      if (followIn) neighbours.push(...graph.inNeighbors(node));
    } else {
      if (followOut)
        graph.forEachOutEdge(
          node,
          (_key, { type }, _source, target) => void (traversal.accepts(type) && neighbours.push(target)),
        );
      if (followIn)
        graph.forEachInEdge(
          node,
          (_key, { type }, source) => void (traversal.accepts(type) && neighbours.push(source)),
        );
    }
    for (const other of neighbours) {
      if (mine.has(other)) continue;
      mine.set(other, node);
      if (theirs.has(other)) return other;
      next.push(other);
    }
  }
  return next;
}

function assemble(
  graph: KnowledgeGraph,
  meeting: string,
  forward: Parents,
  backward: Parents,
  traversal: CheckedTraversal,
): Subgraph {
  const nodes: string[] = [meeting];
  for (let node = forward.get(meeting); node; node = forward.get(node)) nodes.unshift(node);
  for (let node = backward.get(meeting); node; node = backward.get(node)) nodes.push(node);
  const edges: RelationEdge[] = [];
  for (let index = 1; index < nodes.length; index++) {
    edges.push(stepEdge(graph, nodes[index - 1] as string, nodes[index] as string, traversal));
  }
  return { nodes, edges };
}

/** The first allowed edge between two consecutive path nodes, in whichever direction the walk used it. */
function stepEdge(graph: KnowledgeGraph, a: string, b: string, traversal: CheckedTraversal): RelationEdge {
  const pick = (source: string, target: string): RelationEdge | undefined => {
    for (const key of graph.outEdges(source, target)) {
      const type = graph.getEdgeAttribute(key, "type");
      if (traversal.accepts(type)) return { source, target, type };
    }
    return undefined;
  };
  const edge = (traversal.out ? pick(a, b) : undefined) ?? (traversal.in ? pick(b, a) : undefined);
  if (!edge) throw new Error(`shortestPath: no edge between consecutive nodes ${a} and ${b}`);
  return edge;
}
