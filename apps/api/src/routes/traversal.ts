/** GET /paths and /learning-path/{id}. */
import { learningPath, shortestPath } from "@kubenotes/core";
import { canonicalHeaders, canonicalUrl } from "../canonical-url.js";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { findPathOperation, getLearningPathOperation } from "../operations/traversal.js";
import { presentConceptSummary } from "../present/concept-summary.js";
import { presentEdge, presentNodeRef } from "../present/subgraph.js";
import { resolveConcept } from "../resolve-concept.js";
import { type Routes, registerOperation } from "./register-operation.js";

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function traversalRoutes(router: Routes, store: KnowledgeStore): void {
  registerOperation(router, store, findPathOperation, ({ query }, context) => {
    const from = resolveConcept(context, query.from, "from");
    const to = resolveConcept(context, query.to, "to");
    const { lang, relation, direction } = query;
    const path = shortestPath(context.graph, from, to, {
      direction,
      ...(relation ? { relations: relation } : {}),
    });
    return jsonRepresentation(
      {
        from,
        to,
        length: path.edges.length,
        nodes: path.nodes.map((node) => presentNodeRef(context.graph, node, lang)),
        edges: path.edges.map((edge) => presentEdge(edge, lang)),
      },
      { "Content-Language": lang },
    );
  });

  registerOperation(router, store, getLearningPathOperation, ({ path, query }, context) => {
    const id = resolveConcept(context, path.id, "id");
    const { graph } = context;
    return jsonRepresentation(
      {
        target: presentConceptSummary(graph.getNodeAttributes(id), query.lang),
        steps: learningPath(graph, id).map((step) =>
          presentConceptSummary(graph.getNodeAttributes(step), query.lang),
        ),
      },
      {
        "Content-Language": query.lang,
        ...canonicalHeaders(path.id, id, canonicalUrl(`/learning-path/${id}`, query)),
      },
    );
  });
}
