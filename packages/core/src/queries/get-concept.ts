/** Looks a concept up by id, alias (an old id) or name/aka in either language. */
import { closestIds } from "../content/closest-ids.js";
import { ConceptNotFoundError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { normalizeName } from "../graph/normalize-name.js";
import type { Concept } from "../model/concept-schema.js";

/** Returns the canonical id for an id, alias or name (`master`, `마스터`, `Control Plane`), or undefined. */
export function resolveConceptId(graph: KnowledgeGraph, key: string): string | undefined {
  if (graph.hasNode(key)) return key;
  const { aliases, names } = graph.getAttributes();
  if (Object.hasOwn(aliases, key)) return aliases[key];
  const normalized = normalizeName(key);
  return normalized && Object.hasOwn(names, normalized) ? names[normalized] : undefined;
}

/**
 * @throws ConceptNotFoundError with up to 3 closest ids when nothing resolves
 */
export function getConcept(graph: KnowledgeGraph, key: string): Concept {
  const id = resolveConceptId(graph, key);
  if (id === undefined) throw new ConceptNotFoundError(key, closestIds(key, graph.nodes()));
  return graph.getNodeAttributes(id);
}
