/** The whole graph as GEXF 1.3 (Gephi), written by graphology-gexf: labels, attributes, layout positions. */
import { type Language, RELATION_TYPES } from "@kubenotes/core";
import { write } from "graphology-gexf";
import type { Knowledge } from "../context.js";

export function presentGraphGexf({ graph, layout }: Knowledge, lang: Language): string {
  return write(graph, {
    version: "1.3",
    formatNode: (id, concept) => ({
      label: concept.name[lang],
      attributes: {
        kind: concept.kind,
        level: concept.level,
        status: concept.status,
        tags: concept.tags.join(", "),
        summary: concept.summary[lang],
      },
      viz: { x: layout[id]?.x ?? 0, y: layout[id]?.y ?? 0, size: 1 + graph.degree(id) },
    }),
    formatEdge: (_key, { type }) => ({
      // `kind` keeps parallel edges of different types apart in Gephi.
      kind: type,
      label: RELATION_TYPES[type].label[lang],
      attributes: { relation: type },
    }),
  });
}
