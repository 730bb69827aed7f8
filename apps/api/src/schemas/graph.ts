/** Response body of /graph?format=json: the whole graph, compact, with the precomputed layout. */
import { z } from "zod";
import { conceptIdSchema, kindSchema, levelSchema, relationTypeSchema, tagIdSchema } from "./vocabulary.js";

export const graphNodeSchema = z
  .strictObject({
    id: conceptIdSchema,
    kind: kindSchema,
    name: z.string(),
    level: levelSchema,
    tags: z.array(tagIdSchema),
    x: z
      .number()
      .meta({ description: "Layout position (deterministic ForceAtlas2, computed at build time)." }),
    y: z.number(),
    degree: z
      .int()
      .min(0)
      .meta({ description: "Number of relations in and out; a good basis for node size." }),
  })
  .meta({ id: "GraphNode" });

export const graphEdgeSchema = z
  .strictObject({ source: conceptIdSchema, target: conceptIdSchema, type: relationTypeSchema })
  .meta({ id: "GraphEdge" });

export const graphSchema = z
  .strictObject({
    contentHash: z
      .string()
      .meta({ description: "sha256 of the content; changes whenever the knowledge changes." }),
    nodes: z.array(graphNodeSchema).meta({ description: "In id order." }),
    edges: z.array(graphEdgeSchema),
  })
  .meta({ id: "Graph" });

export type GraphBody = z.infer<typeof graphSchema>;
