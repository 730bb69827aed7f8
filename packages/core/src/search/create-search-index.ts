/**
 * Full-text index over names, aka, summaries and bodies in both languages (MiniSearch), made Korean-aware by
 * indexing particle-stripped forms and initial-consonant forms of names.
 */
import MiniSearch from "minisearch";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { normalizeName } from "../graph/normalize-name.js";
import type { Concept } from "../model/concept-schema.js";
import { choseongForms, stripParticle } from "./korean.js";

/** The document MiniSearch indexes for one concept. */
export interface SearchDocument {
  id: string;
  /** The id as words (kube-apiserver → "kube apiserver") so ids are searchable too. */
  idWords: string;
  name: string;
  aka: string;
  summary: string;
  body: string;
  initials: string;
  /** Stored, not indexed: normalised names, aka and id, for ranking whole-name matches first. */
  names: string[];
  /** Stored, not indexed: initial-consonant forms of the Korean names, without spaces. */
  nameInitials: string[];
}

export const SEARCH_FIELDS = ["name", "aka", "idWords", "summary", "body", "initials"] as const;

/** Term normaliser shared by indexing and querying: NFKC, lower case, plus the particle-less form. */
export function processSearchTerm(term: string): string | string[] | null {
  const normalized = term.normalize("NFKC").toLowerCase();
  if (normalized.length === 0) return null;
  const stem = stripParticle(normalized);
  return stem ? [normalized, stem] : normalized;
}

export function toSearchDocument(concept: Concept): SearchDocument {
  return {
    id: concept.id,
    idWords: concept.id.replace(/-/g, " "),
    name: `${concept.name.ko} ${concept.name.en}`,
    aka: concept.aka.join(" "),
    summary: `${concept.summary.ko} ${concept.summary.en}`,
    body: `${concept.body.ko} ${concept.body.en}`,
    initials: [concept.name.ko, ...concept.aka].flatMap(choseongForms).join(" "),
    names: [concept.id, concept.name.ko, concept.name.en, ...concept.aka].map(normalizeName),
    nameInitials: [concept.name.ko, ...concept.aka]
      .map((name) => choseongForms(name).at(-1) ?? "")
      .filter(Boolean),
  };
}

export type SearchIndex = MiniSearch<SearchDocument>;

export function createSearchIndexEngine(): SearchIndex {
  return new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: ["names", "nameInitials"],
    processTerm: processSearchTerm,
  });
}

/** Builds the index for every concept of the graph (in id order, so scores are deterministic). */
export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const index = createSearchIndexEngine();
  const documents: SearchDocument[] = [];
  graph.forEachNode((_id, concept) => documents.push(toSearchDocument(concept)));
  index.addAll(documents);
  return index;
}
