/**
 * The parts of a concept as nested boxes (a flowchart with subgraphs), from `part-of` edges, plus the
 * `uses`/`manages`/`stores` edges between the parts: e.g. the control plane and node components of a cluster.
 */
import {
  conceptRelations,
  type KnowledgeGraph,
  type Language,
  RELATION_TYPES,
  type RelationType,
} from "@kubenotes/core";
import { mermaidId, mermaidLabel } from "./mermaid-text.js";

/** Deeper parts are left out: the picture is an overview, the text has the details. */
const MAX_DEPTH = 3;
const DRAWN_RELATIONS: readonly RelationType[] = ["uses", "manages", "stores"];

function partsOf(graph: KnowledgeGraph, id: string): string[] {
  return conceptRelations(graph, id)
    .incoming.filter((edge) => edge.type === "part-of")
    .map((edge) => edge.source);
}

/**
 * @returns Mermaid source, or undefined when the concept has fewer than two parts (nothing to picture)
 */
export function compositionDiagram(
  graph: KnowledgeGraph,
  rootId: string,
  lang: Language,
): string | undefined {
  if (!graph.hasNode(rootId)) return undefined;
  const drawn = new Set<string>();
  const lines: string[] = ["flowchart TB"];
  const name = (id: string) => mermaidLabel(graph.getNodeAttributes(id).name[lang]);
  const draw = (id: string, depth: number, indent: string) => {
    drawn.add(id);
    const parts = depth < MAX_DEPTH ? partsOf(graph, id).filter((part) => !drawn.has(part)) : [];
    if (parts.length === 0) {
      lines.push(`${indent}${mermaidId(id)}[${name(id)}]`);
      return;
    }
    lines.push(`${indent}subgraph ${mermaidId(id)}[${name(id)}]`);
    for (const part of parts) if (!drawn.has(part)) draw(part, depth + 1, `${indent}  `);
    lines.push(`${indent}end`);
  };
  draw(rootId, 0, "  ");
  if (drawn.size < 3) return undefined;
  for (const id of drawn) {
    for (const edge of conceptRelations(graph, id).outgoing) {
      if (!DRAWN_RELATIONS.includes(edge.type) || !drawn.has(edge.target)) continue;
      const label = mermaidLabel(RELATION_TYPES[edge.type].label[lang]);
      lines.push(`  ${mermaidId(edge.source)} -->|${label}| ${mermaidId(edge.target)}`);
    }
  }
  return lines.join("\n");
}
