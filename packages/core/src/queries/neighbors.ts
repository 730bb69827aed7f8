/** The neighbourhood of a concept up to a depth, as a subgraph `{nodes, edges}`. */
import { InvalidArgumentError } from "../errors.js";
import type { KnowledgeGraph, RelationEdge } from "../graph/knowledge-graph.js";
import { checkTraversal, type TraversalOptions } from "./traversal-options.js";

export interface Subgraph {
  /** Node ids: the start first, then by distance, then id. */
  nodes: string[];
  /** Edges traversed, each once, in discovery order. */
  edges: RelationEdge[];
}

export interface NeighborsOptions extends TraversalOptions {
  /** How many hops, 1 to 3 (default 1). */
  depth?: number;
}

export const MAX_NEIGHBOR_DEPTH = 3;

/** @param id a canonical id */
export function neighbors(graph: KnowledgeGraph, id: string, options: NeighborsOptions = {}): Subgraph {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBOR_DEPTH) {
    throw new InvalidArgumentError(
      "neighbors: depth",
      `expecting an integer from 1 to ${MAX_NEIGHBOR_DEPTH}, got ${depth}`,
    );
  }
  const traversal = checkTraversal("neighbors", options);
  const seen = new Set<string>([id]);
  const edges: RelationEdge[] = [];
  const seenEdges = new Set<string>();
  const ordered = [id];
  let frontier = [id];
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      const visit = (
        key: string,
        type: RelationEdge["type"],
        source: string,
        target: string,
        other: string,
      ) => {
        if (!traversal.accepts(type) || seenEdges.has(key)) return;
        seenEdges.add(key);
        edges.push({ source, target, type });
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      };
      if (traversal.out)
        graph.forEachOutEdge(node, (key, attr, source, target) =>
          visit(key, attr.type, source, target, target),
        );
      if (traversal.in)
        graph.forEachInEdge(node, (key, attr, source, target) =>
          visit(key, attr.type, source, target, source),
        );
    }
    next.sort();
    ordered.push(...next);
    frontier = next;
  }
  return { nodes: ordered, edges };
}
