/** Nodes and edges of a subgraph (neighbourhood, path) in one language. */
import { type KnowledgeGraph, type Language, RELATION_TYPES, type RelationEdge } from "@kubenotes/core";
import type { EdgeBody, NodeRefBody } from "../schemas/subgraph.js";

export function presentNodeRef(graph: KnowledgeGraph, id: string, lang: Language): NodeRefBody {
  const concept = graph.getNodeAttributes(id);
  return { id, kind: concept.kind, name: concept.name[lang], level: concept.level };
}

export function presentEdge(edge: RelationEdge, lang: Language): EdgeBody {
  return {
    source: edge.source,
    target: edge.target,
    type: edge.type,
    label: RELATION_TYPES[edge.type].label[lang],
  };
}
