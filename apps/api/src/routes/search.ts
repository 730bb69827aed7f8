/** GET /search. */
import { searchConcepts } from "@kubenotes/core";
import { Router } from "express";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { searchOperation } from "../operations/search.js";
import { registerOperation } from "./register-operation.js";

export function searchRoutes(store: KnowledgeStore): Router {
  const router = Router();
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
  return router;
}
