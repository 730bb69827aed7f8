/** The whole graph, as JSON for the viewer or as GEXF / GraphML for Gephi, yEd and Cytoscape. */
import { langParameter } from "../schemas/common-parameters.js";
import { graphSchema } from "../schemas/graph.js";
import { defineOperation } from "../schemas/operation.js";
import { enumParameter } from "../schemas/parameter.js";

export const GRAPH_FORMATS = ["json", "gexf", "graphml"] as const;

export const getGraphOperation = defineOperation({
  operationId: "getGraph",
  path: "/graph",
  summary: "The whole graph",
  description:
    "Every concept and relation. `json` is compact and carries the precomputed layout (what the web viewer draws); " +
    "`gexf` opens in Gephi, `graphml` in yEd and Cytoscape (both downloaded as attachments, with positions and labels).",
  tag: "graph",
  pathParameters: {},
  queryParameters: {
    format: enumParameter(GRAPH_FORMATS, { description: "Output format.", default: "json" }),
    lang: langParameter,
  },
  success: {
    description: "The graph in the requested format.",
    content: {
      "application/json": { schema: graphSchema },
      "application/gexf+xml": { schema: { type: "string", description: "GEXF 1.3 document." } },
      "application/graphml+xml": {
        schema: { type: "string", description: "GraphML document with yEd graphics." },
      },
    },
  },
  problems: [],
});
