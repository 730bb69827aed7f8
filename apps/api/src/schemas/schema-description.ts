/** Response body of /schema: the vocabularies with their labels. */
import { z } from "zod";
import { kindSchema, levelSchema, relationTypeSchema, statusSchema, tagIdSchema } from "./vocabulary.js";

const labelsSchema = z
  .strictObject({ ko: z.string(), en: z.string() })
  .meta({ id: "Labels", description: "A text in both languages." });

const term = <T extends z.ZodType>(id: T, name: string) =>
  z
    .strictObject({
      id,
      label: z.string().meta({ description: "In the requested language." }),
      labels: labelsSchema,
    })
    .meta({ id: name });

export const relationTypeDescriptionSchema = z
  .strictObject({
    id: relationTypeSchema,
    label: z.string().meta({ description: "How an edge reads from its source, in the requested language." }),
    inverse: z
      .string()
      .meta({ description: "How an edge reads from its target, in the requested language." }),
    description: z.string(),
    labels: labelsSchema,
    inverseLabels: labelsSchema,
    descriptions: labelsSchema,
    acyclic: z.boolean().meta({ description: "Never forms a cycle." }),
    symmetric: z.boolean().meta({ description: "A r B means B r A." }),
    learningOrder: z.boolean().meta({ description: "Followed by learning paths (learn the target first)." }),
  })
  .meta({ id: "RelationTypeDescription" });

export const schemaDescriptionSchema = z
  .strictObject({
    languages: z.array(z.string()),
    kinds: z.array(term(kindSchema, "KindDescription")),
    relationTypes: z.array(relationTypeDescriptionSchema),
    tags: z.array(term(tagIdSchema, "TagDescription")),
    levels: z.array(term(levelSchema, "LevelDescription")),
    statuses: z.array(term(statusSchema, "StatusDescription")),
  })
  .meta({ id: "SchemaDescription" });

export type SchemaDescriptionBody = z.infer<typeof schemaDescriptionSchema>;
