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

/**
 * The full-text engine plus an exact-name table: every normalised id, name, aka and alias, and the initial
 * consonants of every Korean name and aka, mapped to the concepts that carry it. Whole-name hits rank first.
 */
export interface SearchIndex {
  engine: MiniSearch<SearchDocument>;
  /** key → concepts, with rank 0 when the key is the concept's own id or name, 1 when it is an aka or alias. */
  exactNames: Map<string, { id: string; rank: 0 | 1 }[]>;
}

export function createSearchEngine(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: [...SEARCH_FIELDS],
    storeFields: ["names", "nameInitials"],
    processTerm: processSearchTerm,
  });
}

/** Builds the index for every concept of the graph (in id order, so scores are deterministic). */
export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  const engine = createSearchEngine();
  const exactNames: SearchIndex["exactNames"] = new Map();
  const documents: SearchDocument[] = [];
  graph.forEachNode((id, concept) => {
    const document = toSearchDocument(concept);
    documents.push(document);
    const own = [concept.id, concept.name.ko, concept.name.en].map(normalizeName);
    // Initials stand for the whole name only when it is all Hangul ("쿠버네티스 API" is not "ㅋㅂㄴㅌㅅ").
    const ownInitials = /^[\uAC00-\uD7A3\s]+$/.test(concept.name.ko)
      ? choseongForms(concept.name.ko).at(-1)
      : undefined;
    const seen = new Set<string>();
    const add = (key: string | undefined, rank: 0 | 1) => {
      if (!key || seen.has(key)) return;
      seen.add(key);
      const entries = exactNames.get(key);
      if (entries) entries.push({ id, rank });
      else exactNames.set(key, [{ id, rank }]);
    };
    for (const key of own) add(key, 0);
    add(ownInitials, 0);
    for (const key of [...document.names, ...document.nameInitials, ...concept.aliases]) add(key, 1);
  });
  engine.addAll(documents);
  return { engine, exactNames };
}
