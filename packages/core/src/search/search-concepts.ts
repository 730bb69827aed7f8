/** Ranked search over the index: exact names first, then BM25 with field boosts, prefix and light fuzziness. */
import type { SearchOptions } from "minisearch";
import { InvalidArgumentError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { normalizeName } from "../graph/normalize-name.js";
import type { SearchIndex } from "./create-search-index.js";
import { isChoseongQuery, stripParticle } from "./korean.js";

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
/** How many raw hits are re-ranked by name match; beyond this, BM25 order stands. */
const RERANK_DEPTH = 100;

/** Up to ×3 for a name that starts with the query (more for a closer fit). */
function nameBonus(wanted: string, names: readonly string[] | undefined): number {
  if (!wanted || !names) return 1;
  let bonus = 1;
  for (const name of names) {
    if (name.startsWith(wanted)) bonus = Math.max(bonus, 1 + (2 * wanted.length) / name.length);
  }
  return bonus;
}

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
    throw new InvalidArgumentError(
      "searchConcepts: limit",
      `expecting an integer from 1 to ${MAX_SEARCH_LIMIT}, got ${limit}`,
    );
  }
  const text = String(query).normalize("NFC").slice(0, MAX_QUERY_LENGTH).trim();
  if (text.length === 0) return [];
  const choseong = isChoseongQuery(text);
  const results = index.engine.search(text, choseong ? CHOSEONG_SEARCH : TEXT_SEARCH);
  // NFKC would turn compatibility jamo (ㅋ) into conjoining jamo, so initials are only stripped of spaces.
  const wanted = choseong ? text.replace(/\s+/g, "") : normalizeName(stripParticle(text) ?? text);
  const hits: SearchHit[] = results.map((result, rank) => ({
    id: String(result.id),
    // Name-prefix matches first: BM25 alone ranks "컨테이너 런타임" above "컨테이너" for "컨테이".
    score:
      rank < RERANK_DEPTH
        ? result.score * nameBonus(wanted, (choseong ? result.nameInitials : result.names) as string[])
        : result.score,
    terms: result.terms,
  }));
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  // A whole id, name, aka or alias (or its initial consonants) outranks everything: "master" → control-plane.
  // Own names before aka; among equals, the better text score first.
  const exact = new Map<string, number>();
  for (const key of choseong ? [wanted] : [wanted, normalizeName(text)]) {
    for (const { id, rank } of index.exactNames.get(key) ?? [])
      exact.set(id, Math.min(rank, exact.get(id) ?? rank));
  }
  if (exact.size > 0) {
    const top = hits[0]?.score ?? 1;
    const first = [...exact.keys()].map(
      (id) => hits.find((hit) => hit.id === id) ?? { id, score: 0, terms: [] },
    );
    first.sort(
      (a, b) =>
        (exact.get(a.id) ?? 1) - (exact.get(b.id) ?? 1) || b.score - a.score || (a.id < b.id ? -1 : 1),
    );
    const rest = hits.filter((hit) => !exact.has(hit.id));
    return [...first.map((hit, order) => ({ ...hit, score: top * 2 - order })), ...rest].slice(0, limit);
  }
  return hits.slice(0, limit);
}
