/**
 * What the canvas should emphasise, from the view state: which concepts pass the filters, the neighborhood of
 * the selection (breadth-first, both directions, up to the depth), and the highlighted path. Pure; the
 * reducers only look things up in the result, so drawing stays fast on large graphs.
 */
import type { Filters } from "../state/view-state";
import type { ViewGraph } from "./build-view-graph";

export interface FocusInput {
  selected?: string;
  depth: number;
  filters: Filters;
  /** Nodes and edges (source → target, typed) of a path to highlight. */
  path?: { nodes: string[]; edges: { source: string; target: string; type: string }[] };
}

export interface Focus {
  /** Concepts hidden by the filters (the selection and the path always stay visible). */
  hiddenNodes: Set<string>;
  /** Relation types hidden by the relation filter; undefined when all are shown. */
  shownRelations?: Set<string>;
  /** Hop distance from the selection, for the neighborhood; empty without a selection. */
  distance: Map<string, number>;
  /** Edge keys inside the neighborhood. */
  neighborhoodEdges: Set<string>;
  pathNodes: Set<string>;
  /** `source|type|target` of each path step. */
  pathSteps: Set<string>;
  /** Number of concepts left visible. */
  visibleCount: number;
}

export function stepKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

export function computeFocus(graph: ViewGraph, input: FocusInput): Focus {
  const { filters } = input;
  const kinds = new Set(filters.kinds);
  const tags = new Set(filters.tags);
  const levels = new Set(filters.levels);
  const shownRelations = filters.relations.length > 0 ? new Set(filters.relations) : undefined;
  const pathNodes = new Set(input.path?.nodes ?? []);
  const pathSteps = new Set(
    (input.path?.edges ?? []).map((edge) => stepKey(edge.source, edge.type, edge.target)),
  );
  const selected = input.selected && graph.hasNode(input.selected) ? input.selected : undefined;

  const hiddenNodes = new Set<string>();
  graph.forEachNode((id, node) => {
    if (id === selected || pathNodes.has(id)) return;
    const passes =
      (kinds.size === 0 || kinds.has(node.kind)) &&
      (levels.size === 0 || levels.has(node.level)) &&
      (tags.size === 0 || node.tags.some((tag) => tags.has(tag)));
    if (!passes) hiddenNodes.add(id);
  });

  const distance = new Map<string, number>();
  const neighborhoodEdges = new Set<string>();
  if (selected) {
    distance.set(selected, 0);
    let frontier = [selected];
    for (let hop = 1; hop <= input.depth && frontier.length > 0; hop++) {
      const next: string[] = [];
      for (const node of frontier) {
        graph.forEachEdge(node, (edge, attributes, source, target) => {
          if (shownRelations && !shownRelations.has(attributes.type)) return;
          const other = source === node ? target : source;
          if (hiddenNodes.has(other)) return;
          neighborhoodEdges.add(edge);
          if (!distance.has(other)) {
            distance.set(other, hop);
            next.push(other);
          }
        });
      }
      frontier = next;
    }
  }

  return {
    hiddenNodes,
    shownRelations,
    distance,
    neighborhoodEdges,
    pathNodes,
    pathSteps,
    visibleCount: graph.order - hiddenNodes.size,
  };
}
