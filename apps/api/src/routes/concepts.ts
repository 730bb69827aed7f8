/** GET /concepts, /concepts/{id}, /concepts/{id}/neighbors. */
import { listConcepts, neighbors } from "@kubenotes/core";
import { canonicalHeaders, canonicalUrl } from "../canonical-url.js";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { getConceptOperation, getNeighborsOperation, listConceptsOperation } from "../operations/concepts.js";
import { presentConcept } from "../present/concept-detail.js";
import { presentConceptSummary } from "../present/concept-summary.js";
import { encodeCursor } from "../present/cursor.js";
import { presentEdge, presentNodeRef } from "../present/subgraph.js";
import { resolveConcept } from "../resolve-concept.js";
import type { ConceptListBody } from "../schemas/concept.js";
import { type Routes, registerOperation } from "./register-operation.js";

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function conceptsRoutes(router: Routes, store: KnowledgeStore): void {
  registerOperation(router, store, listConceptsOperation, ({ query }, { graph }) => {
    const { lang, kind, tag, level, status, limit, cursor } = query;
    const matching = listConcepts(graph, { kind, tag, level, status });
    // Ids are in code-unit order (buildGraph), so "after the cursor" is a plain string comparison.
    let start = 0;
    if (cursor !== undefined) {
      while (start < matching.length && (matching[start]?.id ?? "") <= cursor) start++;
    }
    const page = matching.slice(start, start + limit);
    const last = page.at(-1);
    const nextCursor = last && start + limit < matching.length ? encodeCursor(last.id) : null;
    const body: ConceptListBody = {
      items: page.map((concept) => presentConceptSummary(concept, lang)),
      total: matching.length,
      nextCursor,
    };
    const headers: Record<string, string> = { "Content-Language": lang };
    if (nextCursor)
      headers.Link = `<${canonicalUrl("/concepts", { ...query, cursor: nextCursor })}>; rel="next"`;
    return jsonRepresentation(body, headers);
  });

  registerOperation(router, store, getConceptOperation, ({ path, query }, context) => {
    const id = resolveConcept(context, path.id, "id");
    return jsonRepresentation(presentConcept(context.graph, id, query.lang), {
      "Content-Language": query.lang,
      ...canonicalHeaders(path.id, id, canonicalUrl(`/concepts/${id}`, query)),
    });
  });

  registerOperation(router, store, getNeighborsOperation, ({ path, query }, context) => {
    const id = resolveConcept(context, path.id, "id");
    const { lang, depth, relation, direction } = query;
    const subgraph = neighbors(context.graph, id, {
      depth,
      direction,
      ...(relation ? { relations: relation } : {}),
    });
    return jsonRepresentation(
      {
        center: id,
        depth,
        direction,
        relations: relation ?? [],
        nodes: subgraph.nodes.map((node) => presentNodeRef(context.graph, node, lang)),
        edges: subgraph.edges.map((edge) => presentEdge(edge, lang)),
      },
      {
        "Content-Language": lang,
        ...canonicalHeaders(path.id, id, canonicalUrl(`/concepts/${id}/neighbors`, query)),
      },
    );
  });
}
