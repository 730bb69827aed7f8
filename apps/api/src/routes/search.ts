/** GET /search. */
import { searchConcepts } from "@kubenotes/core";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { searchOperation } from "../operations/search.js";
import { type Routes, registerOperation } from "./register-operation.js";

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function searchRoutes(router: Routes, store: KnowledgeStore): void {
  registerOperation(router, store, searchOperation, ({ query }, { graph, searchIndex }) => {
    const { q, lang, limit } = query;
    const hits = searchConcepts(graph, searchIndex, q, { limit }).map((hit) => {
      const concept = graph.getNodeAttributes(hit.id);
      return {
        id: hit.id,
        kind: concept.kind,
        name: concept.name[lang],
        summary: concept.summary[lang],
        level: concept.level,
        score: Math.round(hit.score * 1e4) / 1e4,
        terms: hit.terms,
      };
    });
    return jsonRepresentation({ query: q, hits }, { "Content-Language": lang });
  });
}
