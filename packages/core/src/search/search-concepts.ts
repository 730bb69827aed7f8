/** Ranked search over the index: exact names first, then BM25 with field boosts, prefix and light fuzziness. */
import type { SearchOptions } from "minisearch";
import { InvalidArgumentError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { resolveConceptId } from "../queries/get-concept.js";
import type { SearchIndex } from "./create-search-index.js";
import { isChoseongQuery } from "./korean.js";

export interface SearchHit {
  id: string;
  score: number;
  /** Indexed terms that matched, useful for highlighting. */
  terms: string[];
}

export interface SearchConceptsOptions {
  /** Maximum hits, 1 to 100 (default 20). */
  limit?: number;
}

/** Longest query accepted; longer input is cut here rather than rejected (search never throws on text). */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_LIMIT = 100;

const TEXT_SEARCH: SearchOptions = {
  boost: { name: 6, aka: 5, idWords: 4, initials: 3, summary: 2, body: 1 },
  prefix: (term) => term.length >= 1,
  // Typos in longer Latin words only: fuzzy Hangul matches unrelated syllables.
  fuzzy: (term) => (/^[a-z]{5,}$/.test(term) ? 0.2 : false),
  combineWith: "OR",
};
const CHOSEONG_SEARCH: SearchOptions = { fields: ["initials"], prefix: true, combineWith: "AND" };

/**
 * @param query free text in Korean or English, partial words, with particles, or initial consonants (ㅋㅌㅇㄴ)
 * @throws InvalidArgumentError only for a limit out of range; any query text is accepted
 */
export function searchConcepts(
  graph: KnowledgeGraph,
  index: SearchIndex,
  query: string,
  options: SearchConceptsOptions = {},
): SearchHit[] {
  const limit = options.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT) {
    throw new InvalidArgumentError("searchConcepts: limit", `expecting an integer from 1 to ${MAX_SEARCH_LIMIT}, got ${limit}`);
  }
  const text = String(query).normalize("NFC").slice(0, MAX_QUERY_LENGTH).trim();
  if (text.length === 0) return [];
  const results = index.search(text, isChoseongQuery(text) ? CHOSEONG_SEARCH : TEXT_SEARCH);
  const hits: SearchHit[] = results.map((result) => ({ id: String(result.id), score: result.score, terms: result.terms }));
  // An exact id, alias, name or aka outranks everything ("master" → control-plane first).
  const exact = resolveConceptId(graph, text);
  if (exact !== undefined) {
    const at = hits.findIndex((hit) => hit.id === exact);
    const top = hits[0]?.score ?? 1;
    const [hit] = at >= 0 ? hits.splice(at, 1) : [{ id: exact, score: top, terms: [] }];
    if (hit) hits.unshift({ ...hit, score: Math.max(hit.score, top) * 2 });
  }
  return hits.slice(0, limit);
}
