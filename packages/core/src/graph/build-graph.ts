/** Builds the typed graph from concepts that already passed validateContent. */
import { MultiDirectedGraph } from "graphology";
import type { Concept } from "../model/concept-schema.js";
import { RELATION_TYPE_IDS } from "../model/relations.js";
import { edgeKey, type KnowledgeGraph } from "./knowledge-graph.js";
import { normalizeName } from "./normalize-name.js";

/**
 * @param concepts validated concepts (see validateContent / loadKnowledge); order does not matter
 * @returns a graph whose nodes are inserted in id order, so iteration and layout are deterministic
 */
export function buildGraph(concepts: readonly Concept[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const sorted = [...concepts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const aliases: Record<string, string> = Object.create(null);
  const names: Record<string, string> = Object.create(null);
  for (const concept of sorted) {
    graph.addNode(concept.id, concept);
    for (const alias of concept.aliases) aliases[alias] = concept.id;
  }
  // Ids win over names; among names, the first concept in id order wins.
  for (const concept of sorted) names[normalizeName(concept.id)] = concept.id;
  for (const concept of sorted) {
    for (const name of [concept.name.ko, concept.name.en, ...concept.aka]) {
      const key = normalizeName(name);
      if (key && !(key in names)) names[key] = concept.id;
    }
  }
  for (const concept of sorted) {
    for (const type of RELATION_TYPE_IDS) {
      for (const target of concept.relations[type] ?? []) {
        graph.addDirectedEdgeWithKey(edgeKey(concept.id, type, target), concept.id, target, { type });
      }
    }
  }
  graph.replaceAttributes({ aliases, names });
  return graph;
}
