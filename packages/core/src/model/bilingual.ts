/** A pair of texts, one per supported language. Both are required: a missing translation is an error. */
import { z } from "zod";

/** Languages the knowledge is written in. Korean is the default. */
export const LANGUAGES = ["ko", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
/** The language used when a caller does not pick one (`ko`). */
export const DEFAULT_LANGUAGE: Language = "ko";

export interface Bilingual<T = string> {
  ko: T;
  en: T;
}

/** A label in both languages, used by the fixed vocabularies (kinds, relations, tags, levels). */
export type Label = Bilingual<string>;

/** zod schema for a non-empty text in both languages. */
export const bilingualTextSchema = z.strictObject({
  ko: z.string().trim().min(1, "Korean (ko) text is empty"),
  en: z.string().trim().min(1, "English (en) text is empty"),
});

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}
