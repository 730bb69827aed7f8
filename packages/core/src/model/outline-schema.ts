/** The outline of a note: front matter, intro, and headings in order, each mapped to concepts. */
import { z } from "zod";
import { bilingualTextSchema } from "./bilingual.js";
import { conceptIdSchema, eventDateSchema } from "./concept-schema.js";

export const outlineSectionSchema = z.strictObject({
  /** Heading level, 1 (`#`) to 6. */
  level: z.number().int().min(1).max(6),
  /** `seed`: a heading of the original note; `added`: what the note promised or needed but never wrote. */
  origin: z.enum(["seed", "added"]),
  /** The seed's own heading text when `heading.ko` corrects it (e.g. a typo). Default: same as `heading.ko`. */
  seedHeading: z.string().min(1).optional(),
  heading: bilingualTextSchema,
  /** Concepts the section is written from, in the order they are presented. */
  concepts: z.array(conceptIdSchema).min(1, "a section draws on at least one concept"),
});

export const noteOutlineSchema = z.strictObject({
  id: conceptIdSchema,
  front: z.strictObject({
    title: bilingualTextSchema,
    categories: z.array(z.string().min(1)).min(1),
    tags: z.array(z.string().min(1)).min(1),
    date: eventDateSchema,
  }),
  intro: bilingualTextSchema,
  sections: z.array(outlineSectionSchema).min(1),
});

export type OutlineSection = z.output<typeof outlineSectionSchema>;
export type NoteOutline = z.output<typeof noteOutlineSchema>;
