/**
 * Which pictures the post draws, and where: each diagram is anchored on a concept and drawn in the section
 * where that concept is written in full. A diagram whose concepts are missing from the graph is skipped.
 */
import { conceptRelations, type KnowledgeGraph, type Language } from "@kubenotes/core";
import { compositionDiagram } from "../mermaid/composition-diagram.js";
import { relationMapDiagram } from "../mermaid/relation-map-diagram.js";
import { requestPathDiagram } from "../mermaid/request-path-diagram.js";

export interface DiagramContext {
  graph: KnowledgeGraph;
  lang: Language;
  /** Every concept the anchor's section lists, in outline order. */
  sectionConcepts: readonly string[];
}

export interface PlannedDiagram {
  /** Concept id the diagram belongs to. */
  anchor: string;
  /** What it shows, for docs and tests. */
  name: "architecture" | "image-layers" | "request-path";
  render: (context: DiagramContext) => string | undefined;
}

/** The concepts plus what they are built from (image layer → the RUN/COPY/ADD instructions that make layers). */
function withBuildInputs(graph: KnowledgeGraph, ids: readonly string[]): string[] {
  const inputs = ids.flatMap((id) =>
    conceptRelations(graph, id)
      .outgoing.filter((edge) => edge.type === "built-from")
      .map((edge) => edge.target),
  );
  return [...new Set([...ids, ...inputs])];
}

export const DIAGRAM_PLAN: readonly PlannedDiagram[] = [
  {
    anchor: "kubernetes-cluster",
    name: "architecture",
    render: ({ graph, lang }) => compositionDiagram(graph, "kubernetes-cluster", lang),
  },
  {
    anchor: "image",
    name: "image-layers",
    render: ({ graph, lang, sectionConcepts }) =>
      relationMapDiagram(graph, withBuildInputs(graph, sectionConcepts), lang, "BT"),
  },
  {
    anchor: "service-mesh",
    name: "request-path",
    render: ({ graph, lang }) => requestPathDiagram(graph, lang),
  },
];
