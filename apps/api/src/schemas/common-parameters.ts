/** Parameters shared by several operations. */
import { DEFAULT_LANGUAGE, DIRECTIONS, LANGUAGES, RELATION_TYPE_IDS } from "@kubenotes/core";
import type { z } from "zod";
import { decodeCursor } from "../present/cursor.js";
import { enumParameter, listParameter, type Parameter, textParameter } from "./parameter.js";

/** The longest id, alias or name accepted where a concept is expected. */
export const MAX_CONCEPT_KEY_LENGTH = 200;

export const langParameter = enumParameter(LANGUAGES, {
  description: "Language of the text fields (names, summaries, bodies, labels).",
  default: DEFAULT_LANGUAGE,
});

export function conceptKeyParameter(description: string) {
  return textParameter({
    description: `${description} An id, a former id (alias), or a name/aka in Korean or English (\`master\` → control-plane).`,
    maxLength: MAX_CONCEPT_KEY_LENGTH,
    example: "control-plane",
  });
}

export const relationParameter = listParameter(RELATION_TYPE_IDS, {
  description: "Follow only these relation types (default: all).",
  example: "part-of,runs-on",
});

export const directionParameter = enumParameter(DIRECTIONS as unknown as readonly ["out", "in", "both"], {
  description: "Follow edges source → target (`out`), backwards (`in`), or both ways.",
  default: "both",
});

const cursorText = textParameter({ description: "", maxLength: 200 });
export const cursorParameter = {
  schema: cursorText.schema
    .transform((cursor, context) => {
      const after = decodeCursor(cursor);
      if (after === undefined)
        context.addIssue({ code: "custom", message: "not a cursor from this API", input: cursor });
      return after ?? "";
    })
    .optional()
    .meta({ description: "Opaque `nextCursor` from the previous page; omit for the first page." }),
  accepted: "the nextCursor value of a previous page",
} satisfies Parameter<z.ZodType>;
