/** Response body of /search. */
import { z } from "zod";
import { conceptIdSchema, kindSchema, levelSchema } from "./vocabulary.js";

export const searchHitSchema = z
  .strictObject({
    id: conceptIdSchema,
    kind: kindSchema,
    name: z.string(),
    summary: z.string(),
    level: levelSchema,
    score: z.number().meta({ description: "Relevance; only the order is meaningful." }),
    terms: z.array(z.string()).meta({ description: "Indexed terms that matched, for highlighting." }),
  })
  .meta({ id: "SearchHit" });

export const searchResultSchema = z
  .strictObject({
    query: z.string(),
    hits: z
      .array(searchHitSchema)
      .meta({ description: "Best first. An exact id, alias, name or aka ranks first." }),
  })
  .meta({ id: "SearchResult" });
