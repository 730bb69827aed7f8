/** Every typed relation between a set of concepts as a labelled flowchart (e.g. images, layers, union file systems). */
import { conceptRelations, type KnowledgeGraph, type Language, RELATION_TYPES } from "@kubenotes/core";
import { mermaidId, mermaidLabel } from "./mermaid-text.js";

/**
 * @param ids concepts to draw, in the order given; ids missing from the graph are skipped
 * @param direction Mermaid flowchart direction (default `BT`: things built on others sit above them)
 * @returns Mermaid source, or undefined when fewer than two relations link the concepts
 */
export function relationMapDiagram(
  graph: KnowledgeGraph,
  ids: readonly string[],
  lang: Language,
  direction: "BT" | "TB" | "LR" = "BT",
): string | undefined {
  const present = [...new Set(ids)].filter((id) => graph.hasNode(id));
  const members = new Set(present);
  const edges: string[] = [];
  for (const id of present) {
    for (const edge of conceptRelations(graph, id).outgoing) {
      if (!members.has(edge.target)) continue;
      const spec = RELATION_TYPES[edge.type];
      const arrow = spec.symmetric ? "---" : "-->";
      edges.push(
        `  ${mermaidId(edge.source)} ${arrow}|${mermaidLabel(spec.label[lang])}| ${mermaidId(edge.target)}`,
      );
    }
  }
  if (edges.length < 2) return undefined;
  const nodes = present.map(
    (id) => `  ${mermaidId(id)}[${mermaidLabel(graph.getNodeAttributes(id).name[lang])}]`,
  );
  return [`flowchart ${direction}`, ...nodes, ...edges].join("\n");
}
