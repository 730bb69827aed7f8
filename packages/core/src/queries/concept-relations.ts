/** A concept's outgoing and incoming typed relations, in a stable order (type, then other end). */
import type { KnowledgeGraph, RelationEdge } from "../graph/knowledge-graph.js";
import { RELATION_TYPE_IDS } from "../model/relations.js";

export interface ConceptRelations {
  outgoing: RelationEdge[];
  incoming: RelationEdge[];
}

const typeOrder = new Map(RELATION_TYPE_IDS.map((type, index) => [type, index]));

function byTypeThen(end: "source" | "target") {
  return (a: RelationEdge, b: RelationEdge) =>
    (typeOrder.get(a.type) ?? 0) - (typeOrder.get(b.type) ?? 0) || a[end].localeCompare(b[end]);
}

/** @param id a canonical id (resolve aliases first with resolveConceptId) */
export function conceptRelations(graph: KnowledgeGraph, id: string): ConceptRelations {
  const outgoing: RelationEdge[] = [];
  const incoming: RelationEdge[] = [];
  graph.forEachOutEdge(id, (_key, { type }, source, target) => outgoing.push({ source, target, type }));
  graph.forEachInEdge(id, (_key, { type }, source, target) => incoming.push({ source, target, type }));
  return { outgoing: outgoing.sort(byTypeThen("target")), incoming: incoming.sort(byTypeThen("source")) };
}
