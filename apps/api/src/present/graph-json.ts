/** The whole graph as compact JSON for the viewer: nodes with layout position and degree, typed edges. */
import type { Language } from "@kubenotes/core";
import type { Knowledge } from "../context.js";
import type { GraphBody } from "../schemas/graph.js";

export function presentGraphJson({ graph, layout, contentHash }: Knowledge, lang: Language): GraphBody {
  const nodes: GraphBody["nodes"] = [];
  graph.forEachNode((id, concept) => {
    const position = layout[id] ?? { x: 0, y: 0 };
    nodes.push({
      id,
      kind: concept.kind,
      name: concept.name[lang],
      level: concept.level,
      tags: [...concept.tags],
      x: position.x,
      y: position.y,
      degree: graph.degree(id),
    });
  });
  const edges: GraphBody["edges"] = [];
  graph.forEachEdge((_key, { type }, source, target) => edges.push({ source, target, type }));
  return { contentHash, nodes, edges };
}
