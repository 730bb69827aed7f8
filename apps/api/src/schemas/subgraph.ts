/** Response bodies of the traversal endpoints: neighbourhoods, paths and learning paths. */
import { z } from "zod";
import { conceptSummarySchema } from "./concept.js";
import { conceptIdSchema, kindSchema, levelSchema, relationTypeSchema } from "./vocabulary.js";

export const nodeRefSchema = z
  .strictObject({ id: conceptIdSchema, kind: kindSchema, name: z.string(), level: levelSchema })
  .meta({ id: "NodeRef" });

export const edgeSchema = z
  .strictObject({
    source: conceptIdSchema,
    target: conceptIdSchema,
    type: relationTypeSchema,
    label: z
      .string()
      .meta({ description: "The relation's label in the requested language (read source → target)." }),
  })
  .meta({ id: "Edge" });

export const neighborsSchema = z
  .strictObject({
    center: conceptIdSchema,
    depth: z.int().min(1).max(3),
    direction: z.enum(["out", "in", "both"]),
    relations: z.array(relationTypeSchema).meta({ description: "Relation types followed; empty means all." }),
    nodes: z.array(nodeRefSchema).meta({ description: "The center first, then by distance, then by id." }),
    edges: z.array(edgeSchema).meta({ description: "Every edge walked, once each." }),
  })
  .meta({ id: "Neighborhood" });

export const pathSchema = z
  .strictObject({
    from: conceptIdSchema,
    to: conceptIdSchema,
    length: z.int().min(0).meta({ description: "Number of edges." }),
    nodes: z.array(nodeRefSchema).meta({ description: "From `from` to `to`, in order." }),
    edges: z.array(edgeSchema).meta({
      description: "edges[i] links nodes[i] and nodes[i+1]; with direction=both it may point backwards.",
    }),
  })
  .meta({ id: "Path" });

export const learningPathSchema = z
  .strictObject({
    target: conceptSummarySchema,
    steps: z.array(conceptSummarySchema).meta({
      description: "What to learn first, foundations first; each step comes after everything it depends on.",
    }),
  })
  .meta({ id: "LearningPath" });

export type NodeRefBody = z.infer<typeof nodeRefSchema>;
export type EdgeBody = z.infer<typeof edgeSchema>;
