/** Counts concepts by kind, tag and level, for the validate CLI and reports. */
import type { Concept } from "../model/concept-schema.js";

export interface ConceptCounts {
  total: number;
  byKind: Record<string, number>;
  byTag: Record<string, number>;
  byLevel: Record<string, number>;
  relations: number;
}

export function countConcepts(concepts: readonly Concept[]): ConceptCounts {
  const counts: ConceptCounts = { total: concepts.length, byKind: {}, byTag: {}, byLevel: {}, relations: 0 };
  const bump = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  for (const concept of concepts) {
    bump(counts.byKind, concept.kind);
    bump(counts.byLevel, concept.level);
    for (const tag of concept.tags) bump(counts.byTag, tag);
    for (const targets of Object.values(concept.relations)) counts.relations += targets?.length ?? 0;
  }
  return counts;
}
