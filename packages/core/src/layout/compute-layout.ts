/**
 * Deterministic layout: seeded positions from a hash of each id, then a fixed number of ForceAtlas2
 * iterations on a throwaway copy. Same content → same coordinates. The knowledge graph is never touched
 * (data is not display).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";

export interface Position {
  x: number;
  y: number;
}

/** id → position, rounded to 2 decimals so the serialised layout is byte-stable. */
export type Layout = Record<string, Position>;

export interface LayoutOptions {
  /** ForceAtlas2 iterations (default: 400 up to 1,000 nodes, 150 up to 10,000, 40 above). */
  iterations?: number;
}

/** FNV-1a, 32-bit: a stable seed per id. */
function hash(text: string, salt: number): number {
  let value = 0x811c9dc5 ^ salt;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0) / 0xffffffff;
}

export function computeLayout(graph: KnowledgeGraph, options: LayoutOptions = {}): Layout {
  const order = graph.order;
  const iterations = options.iterations ?? (order <= 1_000 ? 400 : order <= 10_000 ? 150 : 40);
  const copy = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const spread = Math.sqrt(Math.max(order, 1)) * 10;
  for (const id of [...graph.nodes()].sort()) {
    copy.addNode(id, { x: (hash(id, 1) - 0.5) * spread, y: (hash(id, 2) - 0.5) * spread });
  }
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (!copy.hasEdge(source, target)) copy.addEdge(source, target);
  });
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: order > 2_000 };
  const positions = order > 1 ? forceAtlas2(copy, { iterations, settings }) : {};
  const layout: Layout = {};
  copy.forEachNode((id, attributes) => {
    const position = positions[id] ?? { x: attributes.x as number, y: attributes.y as number };
    layout[id] = { x: Math.round(position.x * 100) / 100, y: Math.round(position.y * 100) / 100 };
  });
  return layout;
}
