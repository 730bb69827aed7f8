/**
 * The viewer's own graphology graph, built from `GET /graph`: structure and the precomputed layout only.
 * Colour, size, labels and highlight are derived by sigma's reducers (see graph-canvas.tsx).
 */
import { MultiDirectedGraph } from "graphology";
import type { GraphData, GraphNode } from "../api/client";

/** Node attributes: what a concept is (kind, level, tags) and where the layout put it. No display data. */
export interface ViewNode {
  x: number;
  y: number;
  kind: GraphNode["kind"];
  level: GraphNode["level"];
  tags: GraphNode["tags"];
}

export interface ViewEdge {
  type: string;
}

export type ViewGraph = MultiDirectedGraph<ViewNode, ViewEdge>;

export interface BuiltViewGraph {
  graph: ViewGraph;
  /** Number of relations of each concept (both directions), which sets its drawn size. */
  degree: Map<string, number>;
}

export function buildViewGraph(data: GraphData): BuiltViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  for (const node of data.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      x: node.x,
      y: node.y,
      kind: node.kind,
      level: node.level,
      tags: node.tags ?? [],
    });
  }
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target) || edge.source === edge.target) continue;
    graph.addDirectedEdge(edge.source, edge.target, { type: edge.type });
  }
  const degree = new Map<string, number>();
  const sent = new Map(data.nodes.map((node) => [node.id, node.degree]));
  graph.forEachNode((id) => degree.set(id, sent.get(id) ?? graph.degree(id)));
  return { graph, degree };
}

/** id → name in one language, for labels, search hits and links. */
export function namesOf(data: GraphData): Map<string, string> {
  return new Map(data.nodes.map((node) => [node.id, node.name]));
}
