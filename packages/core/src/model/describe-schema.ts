/** The vocabularies with their ko/en labels, as one plain object (served by `/schema`, used by the viewer). */
import { KIND_LABELS } from "./kinds.js";
import { LEVEL_LABELS } from "./levels.js";
import { RELATION_TYPES } from "./relations.js";
import { STATUS_LABELS } from "./statuses.js";
import { TAG_LABELS } from "./tags.js";

export function describeSchema() {
  return {
    kinds: KIND_LABELS,
    relationTypes: RELATION_TYPES,
    tags: TAG_LABELS,
    levels: LEVEL_LABELS,
    statuses: STATUS_LABELS,
  };
}

export type SchemaDescription = ReturnType<typeof describeSchema>;
