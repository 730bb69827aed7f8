/** The content schema of one concept, declared once with zod; every concept type is inferred from it. */
import { z } from "zod";
import { bilingualTextSchema } from "./bilingual.js";
import { KINDS } from "./kinds.js";
import { LEVELS } from "./levels.js";
import { RELATION_TYPE_IDS } from "./relations.js";
import { STATUSES } from "./statuses.js";
import { TAGS } from "./tags.js";

/** Stable kebab-case ASCII id: lowercase letters, digits and single hyphens. */
export const CONCEPT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const conceptIdSchema = z
  .string()
  .regex(CONCEPT_ID_PATTERN, "must be kebab-case ASCII (lowercase letters, digits, single hyphens)")
  .max(80, "must be at most 80 characters");

export const sourceSchema = z.strictObject({
  title: z.string().trim().min(1, "a source needs a title"),
  url: z
    .url({ protocol: /^https$/, error: "must be an https:// URL" })
    .describe("Official documentation page (https only)."),
});

/** Year, year-month or full date, as written in release notes (`2013`, `2013-03`, `2013-03-15`). */
export const eventDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "must be YYYY, YYYY-MM or YYYY-MM-DD",
  );

const relationTargetsSchema = z
  .array(conceptIdSchema)
  .min(1, "list at least one target id, or remove the key");

/** `relations: { <type>: [target ids] }`, only declared relation types. */
export const relationsSchema = z.partialRecord(z.enum(RELATION_TYPE_IDS), relationTargetsSchema);

/** Front matter of a concept file. Unknown fields are rejected. */
export const conceptFrontMatterSchema = z.strictObject({
  id: conceptIdSchema,
  kind: z.enum(KINDS),
  name: bilingualTextSchema,
  aka: z.array(z.string().trim().min(1)).default([]),
  aliases: z.array(conceptIdSchema).default([]),
  summary: bilingualTextSchema,
  tags: z.array(z.enum(TAGS)).min(1, "add at least one tag"),
  level: z.enum(LEVELS),
  status: z.enum(STATUSES).default("current"),
  date: eventDateSchema.optional(),
  relations: relationsSchema.default({}),
  sources: z.array(sourceSchema).min(1, "cite at least one official documentation page"),
});

export type ConceptFrontMatterInput = z.input<typeof conceptFrontMatterSchema>;
export type ConceptFrontMatter = z.output<typeof conceptFrontMatterSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Relations = z.output<typeof relationsSchema>;

/** A complete concept: its front matter plus the Markdown body in both languages. */
export type Concept = ConceptFrontMatter & {
  body: { ko: string; en: string };
};
