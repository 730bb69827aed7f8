/** One concept in one language, with its outgoing and incoming relations labelled from its side. */
import { conceptRelations, type KnowledgeGraph, type Language, RELATION_TYPES } from "@kubenotes/core";
import type { ConceptBody } from "../schemas/concept.js";
import { presentTags } from "./concept-summary.js";

/** @param id a canonical id */
export function presentConcept(graph: KnowledgeGraph, id: string, lang: Language): ConceptBody {
  const concept = graph.getNodeAttributes(id);
  const { outgoing, incoming } = conceptRelations(graph, id);
  const nameOf = (other: string) => graph.getNodeAttributes(other).name[lang];
  return {
    id: concept.id,
    kind: concept.kind,
    name: concept.name[lang],
    summary: concept.summary[lang],
    body: concept.body[lang],
    aka: [...concept.aka],
    aliases: [...concept.aliases],
    tags: presentTags(concept, lang),
    level: concept.level,
    status: concept.status,
    ...(concept.date === undefined ? {} : { date: concept.date }),
    sources: concept.sources.map(({ title, url }) => ({ title, url })),
    relations: {
      outgoing: outgoing.map((edge) => ({
        type: edge.type,
        label: RELATION_TYPES[edge.type].label[lang],
        target: edge.target,
        targetName: nameOf(edge.target),
      })),
      incoming: incoming.map((edge) => ({
        type: edge.type,
        label: RELATION_TYPES[edge.type].inverse[lang],
        source: edge.source,
        sourceName: nameOf(edge.source),
      })),
    },
  };
}
