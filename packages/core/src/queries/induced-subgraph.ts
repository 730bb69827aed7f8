/** The concepts with the given ids and every edge between them. */
import type { KnowledgeGraph, RelationEdge } from "../graph/knowledge-graph.js";
import type { Subgraph } from "./neighbors.js";

/** @param ids canonical ids; unknown ids are ignored */
export function inducedSubgraph(graph: KnowledgeGraph, ids: Iterable<string>): Subgraph {
  const nodes = [...new Set(ids)].filter((id) => graph.hasNode(id));
  const inside = new Set(nodes);
  const edges: RelationEdge[] = [];
  for (const node of nodes) {
    graph.forEachOutEdge(node, (_key, { type }, source, target) => {
      if (inside.has(target)) edges.push({ source, target, type });
    });
  }
  return { nodes, edges };
}
