/**
 * The viewer's baseline, bundled for the browser (dist/browser/viewer-baseline.js): fetch the same
 * `/graph?format=json` the viewer fetched, put it in a graphology graph and draw it with plain `new Sigma()`,
 * default settings. Marks its container `data-rendered="true"` right after the first (synchronous) draw, as
 * the viewer's canvas does.
 */
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";

interface GraphJson {
  nodes: { id: string; name: string; x: number; y: number; degree: number }[];
  edges: { source: string; target: string }[];
}

const parameters = new URLSearchParams(location.search);
const container = document.getElementById("graph") as HTMLDivElement;
container.style.width = `${parameters.get("width") ?? "800"}px`;
container.style.height = `${parameters.get("height") ?? "600"}px`;
const response = await fetch(parameters.get("data") ?? "/api/v1/graph?format=json");
const data = (await response.json()) as GraphJson;
const graph = new MultiDirectedGraph();
for (const node of data.nodes) {
  graph.addNode(node.id, { x: node.x, y: node.y, label: node.name, size: 2 + Math.sqrt(node.degree) });
}
for (const edge of data.edges) graph.addDirectedEdge(edge.source, edge.target);
new Sigma(graph, container);
container.dataset.rendered = "true";
