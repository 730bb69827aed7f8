/** Response bodies of the concept endpoints (text fields in the requested language). */
import { z } from "zod";
import {
  conceptIdSchema,
  kindSchema,
  levelSchema,
  relationTypeSchema,
  statusSchema,
  tagSchema,
} from "./vocabulary.js";

export const sourceSchema = z.strictObject({ title: z.string(), url: z.string() }).meta({ id: "Source" });

export const conceptSummarySchema = z
  .strictObject({
    id: conceptIdSchema,
    kind: kindSchema,
    name: z.string(),
    summary: z.string().meta({ description: "One or two sentences, plain text." }),
    tags: z.array(tagSchema),
    level: levelSchema,
    status: statusSchema,
  })
  .meta({ id: "ConceptSummary" });

export const outgoingRelationSchema = z
  .strictObject({
    type: relationTypeSchema,
    label: z
      .string()
      .meta({ description: 'How the relation reads from this concept: "<this> <label> <target>".' }),
    target: conceptIdSchema,
    targetName: z.string(),
  })
  .meta({ id: "OutgoingRelation" });

export const incomingRelationSchema = z
  .strictObject({
    type: relationTypeSchema,
    label: z
      .string()
      .meta({ description: 'The inverse label, read from this concept: "<this> <label> <source>".' }),
    source: conceptIdSchema,
    sourceName: z.string(),
  })
  .meta({ id: "IncomingRelation" });

export const conceptSchema = z
  .strictObject({
    id: conceptIdSchema,
    kind: kindSchema,
    name: z.string(),
    summary: z.string().meta({ description: "One or two sentences, plain text." }),
    body: z.string().meta({ description: "Markdown (CommonMark + GFM); render it sanitized." }),
    aka: z.array(z.string()).meta({ description: "Other names, in either language." }),
    aliases: z
      .array(conceptIdSchema)
      .meta({ description: "Former ids; they still resolve to this concept." }),
    tags: z.array(tagSchema),
    level: levelSchema,
    status: statusSchema,
    date: z.string().optional().meta({ description: "Events only: YYYY, YYYY-MM or YYYY-MM-DD." }),
    sources: z.array(sourceSchema).meta({ description: "Official documentation the text is based on." }),
    relations: z.strictObject({
      outgoing: z
        .array(outgoingRelationSchema)
        .meta({ description: "Relations authored on this concept, by type then target." }),
      incoming: z
        .array(incomingRelationSchema)
        .meta({ description: "Relations pointing at this concept, by type then source." }),
    }),
  })
  .meta({ id: "Concept" });

export const conceptListSchema = z
  .strictObject({
    items: z.array(conceptSummarySchema).meta({ description: "Concepts in id order." }),
    total: z.int().min(0).meta({ description: "How many concepts match the filters, over all pages." }),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as `cursor` to get the next page; null on the last page." }),
  })
  .meta({ id: "ConceptList" });

export type ConceptSummaryBody = z.infer<typeof conceptSummarySchema>;
export type ConceptBody = z.infer<typeof conceptSchema>;
export type ConceptListBody = z.infer<typeof conceptListSchema>;
