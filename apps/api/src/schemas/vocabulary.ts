/** The fixed vocabularies of core as zod enums, registered once as OpenAPI components. */
import { KINDS, LANGUAGES, LEVELS, RELATION_TYPE_IDS, STATUSES, TAGS } from "@kubenotes/core";
import { z } from "zod";

export const conceptIdSchema = z.string().meta({
  id: "ConceptId",
  description: "Canonical concept id (kebab-case ASCII).",
  example: "control-plane",
});
export const kindSchema = z
  .enum(KINDS)
  .meta({ id: "Kind", description: "What sort of thing a concept is. Labels: GET /schema." });
export const tagIdSchema = z.enum(TAGS).meta({ id: "TagId", description: "A tag of the fixed taxonomy." });
export const levelSchema = z
  .enum(LEVELS)
  .meta({ id: "Level", description: "How far into the subject a concept sits." });
export const statusSchema = z
  .enum(STATUSES)
  .meta({ id: "Status", description: "current, deprecated (still works, going away) or legacy (history)." });
export const relationTypeSchema = z
  .enum(RELATION_TYPE_IDS)
  .meta({ id: "RelationType", description: "A typed, directed relation. Labels: GET /schema." });
export const languageSchema = z.enum(LANGUAGES).meta({ id: "Language" });

export const tagSchema = z
  .strictObject({
    id: tagIdSchema,
    label: z.string().meta({ description: "The tag's label in the requested language." }),
  })
  .meta({ id: "Tag" });
