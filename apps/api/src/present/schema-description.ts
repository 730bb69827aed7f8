/** The vocabularies of core, each term with its label in the requested language and in both. */
import { describeSchema, LANGUAGES, type Language, RELATION_TYPE_IDS } from "@kubenotes/core";
import type { SchemaDescriptionBody } from "../schemas/schema-description.js";

function terms<K extends string>(labels: Record<K, { ko: string; en: string }>, lang: Language) {
  return (Object.keys(labels) as K[]).map((id) => ({
    id,
    label: labels[id][lang],
    labels: { ...labels[id] },
  }));
}

export function presentSchemaDescription(lang: Language): SchemaDescriptionBody {
  const schema = describeSchema();
  return {
    languages: [...LANGUAGES],
    kinds: terms(schema.kinds, lang),
    relationTypes: RELATION_TYPE_IDS.map((id) => {
      const spec = schema.relationTypes[id];
      return {
        id,
        label: spec.label[lang],
        inverse: spec.inverse[lang],
        description: spec.description[lang],
        labels: { ...spec.label },
        inverseLabels: { ...spec.inverse },
        descriptions: { ...spec.description },
        acyclic: spec.acyclic,
        symmetric: spec.symmetric,
        learningOrder: spec.learningOrder,
      };
    }),
    tags: terms(schema.tags, lang),
    levels: terms(schema.levels, lang),
    statuses: terms(schema.statuses, lang),
  };
}
