/** Lists concepts in id order, optionally filtered by kind, tag, level and status. */
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Concept } from "../model/concept-schema.js";
import type { Kind } from "../model/kinds.js";
import type { Level } from "../model/levels.js";
import type { Status } from "../model/statuses.js";
import type { Tag } from "../model/tags.js";

export interface ConceptFilter {
  /** Only this kind (default: all kinds). */
  kind?: Kind;
  /** Only concepts carrying this tag (default: all). */
  tag?: Tag;
  /** Only this level (default: all levels). */
  level?: Level;
  /** Only this status (default: all). */
  status?: Status;
}

export function listConcepts(graph: KnowledgeGraph, filter: ConceptFilter = {}): Concept[] {
  const result: Concept[] = [];
  graph.forEachNode((_id, concept) => {
    if (filter.kind && concept.kind !== filter.kind) return;
    if (filter.level && concept.level !== filter.level) return;
    if (filter.status && concept.status !== filter.status) return;
    if (filter.tag && !concept.tags.includes(filter.tag)) return;
    result.push(concept);
  });
  return result; // nodes were inserted in id order (buildGraph)
}
