/**
 * The whole graph as GraphML for yEd and Cytoscape. graphology-graphml only parses, so this writes the XML:
 * plain typed keys (read by every GraphML tool) plus yEd's node and edge graphics, so yEd shows labels,
 * arrows and the precomputed layout on opening.
 */
import { type Language, RELATION_TYPES } from "@kubenotes/core";
import type { Knowledge } from "../context.js";

/** Characters XML 1.0 forbids, removed; the five markup characters escaped. */
function xml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the class names the control characters XML allows, to drop all others.
  const forbidden = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
  return text
    .replace(forbidden, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const NODE_KEYS = [
  ["label", "string"],
  ["kind", "string"],
  ["level", "string"],
  ["status", "string"],
  ["tags", "string"],
  ["summary", "string"],
  ["x", "double"],
  ["y", "double"],
  ["degree", "int"],
] as const;
const EDGE_KEYS = [
  ["relation", "string"],
  ["label", "string"],
] as const;

/** yEd draws in pixels; the layout is spread over a square this many pixels wide per √node. */
const PIXELS_PER_ROOT_NODE = 160;

export function presentGraphGraphml({ graph, layout }: Knowledge, lang: Language): string {
  const ids = graph.nodes();
  const xs = ids.map((id) => layout[id]?.x ?? 0);
  const ys = ids.map((id) => layout[id]?.y ?? 0);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs, 0),
    Math.max(...xs, 0),
    Math.min(...ys, 0),
    Math.max(...ys, 0),
  ];
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const scale = (Math.sqrt(Math.max(ids.length, 1)) * PIXELS_PER_ROOT_NODE) / span;
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xmlns:y="http://www.yworks.com/xml/graphml"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">',
    ...NODE_KEYS.map(
      ([name, type]) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_KEYS.map(
      ([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>',
    '  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>',
    '  <graph id="kubenotes" edgedefault="directed">',
  ];
  graph.forEachNode((id, concept) => {
    const name = concept.name[lang];
    const position = layout[id] ?? { x: 0, y: 0 };
    const width = Math.max(60, 20 + 9 * [...name].length);
    const values: Record<(typeof NODE_KEYS)[number][0], string | number> = {
      label: name,
      kind: concept.kind,
      level: concept.level,
      status: concept.status,
      tags: concept.tags.join(", "),
      summary: concept.summary[lang],
      x: position.x,
      y: position.y,
      degree: graph.degree(id),
    };
    lines.push(`    <node id="${xml(id)}">`);
    for (const [key] of NODE_KEYS)
      lines.push(`      <data key="n_${key}">${xml(String(values[key]))}</data>`);
    lines.push(
      '      <data key="n_graphics"><y:ShapeNode>' +
        `<y:Geometry x="${((position.x - minX) * scale).toFixed(1)}" y="${((position.y - minY) * scale).toFixed(1)}" width="${width}" height="30"/>` +
        '<y:Fill color="#E8EEF7" transparent="false"/><y:BorderStyle color="#326CE5" type="line" width="1.0"/>' +
        `<y:NodeLabel>${xml(name)}</y:NodeLabel><y:Shape type="roundrectangle"/></y:ShapeNode></data>`,
      "    </node>",
    );
  });
  graph.forEachEdge((key, { type }, source, target) => {
    const label = RELATION_TYPES[type].label[lang];
    lines.push(
      `    <edge id="${xml(key)}" source="${xml(source)}" target="${xml(target)}">`,
      `      <data key="e_relation">${type}</data>`,
      `      <data key="e_label">${xml(label)}</data>`,
      '      <data key="e_graphics"><y:PolyLineEdge><y:Arrows source="none" target="standard"/>' +
        `<y:EdgeLabel>${xml(label)}</y:EdgeLabel></y:PolyLineEdge></data>`,
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}
