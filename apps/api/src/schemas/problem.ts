/** The RFC 9457 problem document every 4xx/5xx answers with, and the description of a problem type. */
import { z } from "zod";
import { PROBLEM_TYPE_IDS } from "../problem-types.js";

/** Most rejected parameters described in one problem: the answer to a hostile query stays small. */
export const MAX_INVALID_PARAMS = 20;

export const invalidParameterSchema = z
  .strictObject({
    name: z.string().meta({ description: "The parameter, as sent." }),
    in: z.enum(["path", "query"]),
    reason: z.string().meta({ description: "What is wrong with the value sent." }),
    accepted: z.string().meta({ description: "What the parameter accepts, in words." }),
    allowed: z
      .array(z.string())
      .optional()
      .meta({ description: "The exact values accepted, for enumerations." }),
  })
  .meta({ id: "InvalidParameter" });

export const problemSchema = z
  .strictObject({
    type: z.string().meta({
      description: "Stable URI reference of the problem type; GET it for its description.",
      example: "/api/v1/problems/concept-not-found",
    }),
    title: z
      .string()
      .meta({ description: "Short summary of the problem type; the same for every occurrence." }),
    status: z.int().min(400).max(599),
    detail: z.string().meta({ description: "What went wrong in this request, in English." }),
    instance: z.string().meta({ description: "The request path (and query) that failed." }),
    invalidParams: z
      .array(invalidParameterSchema)
      .max(MAX_INVALID_PARAMS)
      .optional()
      .meta({
        description: `invalid-parameter: every rejected parameter, up to ${MAX_INVALID_PARAMS} (\`detail\` counts the ones left out).`,
      }),
    parameter: z
      .string()
      .optional()
      .meta({ description: "concept-not-found: the parameter that held the unknown concept." }),
    conceptId: z
      .string()
      .optional()
      .meta({ description: "concept-not-found: the id, alias or name that did not resolve." }),
    suggestions: z
      .array(z.string())
      .optional()
      .meta({ description: "concept-not-found: closest existing ids, best first." }),
    fromId: z.string().optional().meta({ description: "no-path: canonical id of the start." }),
    toId: z.string().optional().meta({ description: "no-path: canonical id of the end." }),
    allowedMethods: z
      .array(z.string())
      .optional()
      .meta({ description: "method-not-allowed: the methods this path accepts." }),
    limit: z.int().optional().meta({
      description: "too-many-requests: requests per minute; uri-too-long, content-too-large: bytes.",
    }),
    retryAfterSeconds: z
      .int()
      .optional()
      .meta({ description: "too-many-requests: seconds until the window resets." }),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details (`application/problem+json`)." });

export type Problem = z.infer<typeof problemSchema>;

export const problemTypeSchema = z
  .strictObject({
    type: z.string(),
    id: z.enum(PROBLEM_TYPE_IDS),
    status: z.int(),
    title: z.string(),
    description: z.string(),
  })
  .meta({ id: "ProblemType" });

export const problemTypeListSchema = z
  .strictObject({ items: z.array(problemTypeSchema) })
  .meta({ id: "ProblemTypeList" });
