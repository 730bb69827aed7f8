/** Response bodies of the service endpoints: health, readiness and the API index. */
import { z } from "zod";

export const healthSchema = z.strictObject({ status: z.literal("ok") }).meta({ id: "Health" });

export const contentProblemSchema = z
  .strictObject({
    file: z.string().meta({ description: "Path of the concept file, relative to the content directory." }),
    line: z.int().min(1),
    code: z.string().meta({ description: "Stable machine-readable code, e.g. `dangling-target`." }),
    message: z.string(),
    hint: z.string(),
  })
  .meta({ id: "ContentProblem" });

export const readinessSchema = z
  .strictObject({
    status: z.enum(["ready", "stale"]).meta({
      description:
        "`ready`: the newest content is served. `stale` (only with `--watch`): the content on disk was edited into an invalid state; the last valid graph is still served and `problems` says what to fix.",
    }),
    concepts: z.int().min(0),
    relations: z.int().min(0),
    contentHash: z.string().meta({ description: "Hash of the content being served." }),
    problems: z
      .array(contentProblemSchema)
      .meta({ description: "Why the content on disk was refused; empty when `status` is `ready`." }),
  })
  .meta({ id: "Readiness" });

export type ReadinessBody = z.infer<typeof readinessSchema>;

export const apiIndexSchema = z
  .strictObject({
    name: z.string(),
    version: z.string(),
    description: z.string(),
    links: z.record(z.string(), z.string()).meta({ description: "Entry points, by name." }),
  })
  .meta({ id: "ApiIndex" });
