/**
 * The Obsidian-style vault: a note per concept, an index note per kind and per tag in use, and `index.md`.
 * Files come in write order: concept notes first, index notes last.
 */
import { KINDS, type KnowledgeGraph, type Language, listConcepts, TAGS } from "@kubenotes/core";
import type { GeneratedFile } from "../generated-file.js";
import { exportScope } from "../marker.js";
import { conceptNote } from "./concept-note.js";
import { kindIndexNote, tagIndexNote, topIndexNote } from "./index-notes.js";

export function renderVault(graph: KnowledgeGraph, lang: Language): GeneratedFile[] {
  const scope = exportScope("vault", lang);
  const concepts = listConcepts(graph);
  const kinds = KINDS.filter((kind) => concepts.some((concept) => concept.kind === kind));
  const tags = TAGS.filter((tag) => concepts.some((concept) => concept.tags.includes(tag)));
  return [
    ...concepts.map((concept) => conceptNote(graph, concept.id, lang, scope)),
    ...kinds.map((kind) => kindIndexNote(graph, kind, lang, scope)),
    ...tags.map((tag) => tagIndexNote(graph, tag, lang, scope)),
    topIndexNote(graph, kinds, tags, lang, scope),
  ];
}
