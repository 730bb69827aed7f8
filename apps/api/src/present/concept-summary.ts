/** A concept's summary fields in one language (list items, learning-path steps). */
import { type Concept, type Language, TAG_LABELS } from "@kubenotes/core";
import type { ConceptSummaryBody } from "../schemas/concept.js";

export function presentTags(concept: Concept, lang: Language): ConceptSummaryBody["tags"] {
  return concept.tags.map((id) => ({ id, label: TAG_LABELS[id][lang] }));
}

export function presentConceptSummary(concept: Concept, lang: Language): ConceptSummaryBody {
  return {
    id: concept.id,
    kind: concept.kind,
    name: concept.name[lang],
    summary: concept.summary[lang],
    tags: presentTags(concept, lang),
    level: concept.level,
    status: concept.status,
  };
}
