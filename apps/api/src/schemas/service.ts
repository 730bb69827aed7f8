/** Response bodies of the service endpoints: health, readiness and the API index. */
import { z } from "zod";

export const healthSchema = z.strictObject({ status: z.literal("ok") }).meta({ id: "Health" });

export const readinessSchema = z
  .strictObject({
    status: z.literal("ready"),
    concepts: z.int().min(0),
    relations: z.int().min(0),
    contentHash: z.string(),
  })
  .meta({ id: "Readiness" });

export const apiIndexSchema = z
  .strictObject({
    name: z.string(),
    version: z.string(),
    description: z.string(),
    links: z.record(z.string(), z.string()).meta({ description: "Entry points, by name." }),
  })
  .meta({ id: "ApiIndex" });
