/** GET /graph?format=json|gexf|graphml. */
import { createRepresentation, jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { getGraphOperation } from "../operations/graph.js";
import { presentGraphGexf } from "../present/graph-gexf.js";
import { presentGraphGraphml } from "../present/graph-graphml.js";
import { presentGraphJson } from "../present/graph-json.js";
import { type Routes, registerOperation } from "./register-operation.js";

function attachment(name: string): string {
  return `attachment; filename="${name}"`;
}

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function graphRoutes(router: Routes, store: KnowledgeStore): void {
  registerOperation(router, store, getGraphOperation, ({ query }, context) => {
    const { format, lang } = query;
    const language = { "Content-Language": lang };
    if (format === "gexf") {
      return createRepresentation(presentGraphGexf(context, lang), "application/gexf+xml; charset=utf-8", {
        ...language,
        "Content-Disposition": attachment(`kubenotes-${lang}.gexf`),
      });
    }
    if (format === "graphml") {
      return createRepresentation(
        presentGraphGraphml(context, lang),
        "application/graphml+xml; charset=utf-8",
        {
          ...language,
          "Content-Disposition": attachment(`kubenotes-${lang}.graphml`),
        },
      );
    }
    return jsonRepresentation(presentGraphJson(context, lang), language);
  });
}
