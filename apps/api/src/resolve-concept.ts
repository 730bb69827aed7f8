/**
 * Resolves what a client typed (id, former id, name or aka in either language) to a canonical id, or fails
 * with the closest ids: by spelling first, then by Korean-aware search (so `쿠버` still suggests kubernetes).
 */
import { closestIds, resolveConceptId, searchConcepts } from "@kubenotes/core";
import type { ApiContext } from "./context.js";
import { UnknownConceptError } from "./errors.js";

const SUGGESTIONS = 3;
const MAX_ID_LENGTH = 80;

/**
 * @param parameter the request parameter that held the key, named in the problem
 * @throws UnknownConceptError when nothing resolves
 */
export function resolveConcept(context: ApiContext, key: string, parameter: string): string {
  const id = resolveConceptId(context.graph, key);
  if (id !== undefined) return id;
  // No id is longer than 80 characters, so a longer key has no close spelling; skip the edit distances.
  const suggestions = key.length <= MAX_ID_LENGTH ? closestIds(key, context.graph.nodes(), SUGGESTIONS) : [];
  if (suggestions.length < SUGGESTIONS) {
    for (const hit of searchConcepts(context.graph, context.searchIndex, key, { limit: SUGGESTIONS })) {
      if (suggestions.length < SUGGESTIONS && !suggestions.includes(hit.id)) suggestions.push(hit.id);
    }
  }
  throw new UnknownConceptError(parameter, key, suggestions);
}
