/** Operations about the service itself: vocabularies, index, health, the API description and problem types. */
import { PROBLEM_TYPE_IDS } from "../problem-types.js";
import { langParameter } from "../schemas/common-parameters.js";
import { defineOperation } from "../schemas/operation.js";
import { textParameter } from "../schemas/parameter.js";
import { problemTypeListSchema, problemTypeSchema } from "../schemas/problem.js";
import { schemaDescriptionSchema } from "../schemas/schema-description.js";
import { apiIndexSchema, healthSchema, readinessSchema } from "../schemas/service.js";

export const getSchemaOperation = defineOperation({
  operationId: "getSchema",
  path: "/schema",
  summary: "Vocabularies",
  description:
    "Kinds, relation types, tags, levels and statuses with their labels in the requested language and in both.",
  tag: "service",
  pathParameters: {},
  queryParameters: { lang: langParameter },
  success: {
    description: "The vocabularies.",
    content: { "application/json": { schema: schemaDescriptionSchema } },
  },
  problems: [],
});

export const getIndexOperation = defineOperation({
  operationId: "getIndex",
  path: "/",
  summary: "API index",
  description: "Name, version and links to the entry points.",
  tag: "service",
  pathParameters: {},
  queryParameters: {},
  success: { description: "The index.", content: { "application/json": { schema: apiIndexSchema } } },
  problems: [],
});

export const getOpenApiOperation = defineOperation({
  operationId: "getOpenApi",
  path: "/openapi.json",
  summary: "This API description",
  description:
    "OpenAPI 3.1, generated from the zod schemas the handlers validate with. An interactive reference is at `/api/v1/docs/`.",
  tag: "service",
  pathParameters: {},
  queryParameters: {},
  success: {
    description: "The OpenAPI document.",
    content: { "application/json": { schema: { type: "object" } } },
  },
  problems: [],
});

export const listProblemTypesOperation = defineOperation({
  operationId: "listProblemTypes",
  path: "/problems",
  summary: "Problem types",
  description: "Every problem type this API answers with (the `type` of its problem documents).",
  tag: "service",
  pathParameters: {},
  queryParameters: {},
  success: {
    description: "The problem types.",
    content: { "application/json": { schema: problemTypeListSchema } },
  },
  problems: [],
});

export const getProblemTypeOperation = defineOperation({
  operationId: "getProblemType",
  path: "/problems/{type}",
  summary: "One problem type",
  description: "What a problem type means; problem documents name this URL in their `type` member.",
  tag: "service",
  pathParameters: {
    type: textParameter({
      description: `The problem type: ${PROBLEM_TYPE_IDS.join(", ")}.`,
      maxLength: 50,
      example: "concept-not-found",
    }),
  },
  queryParameters: {},
  success: {
    description: "The problem type.",
    content: { "application/json": { schema: problemTypeSchema } },
  },
  problems: ["not-found"],
});

export const getHealthOperation = defineOperation({
  operationId: "getHealth",
  path: "/healthz",
  summary: "Liveness",
  description: "200 while the process runs. Also served at `/healthz`. Not rate limited, never cached.",
  tag: "service",
  pathParameters: {},
  queryParameters: {},
  success: { description: "Alive.", content: { "application/json": { schema: healthSchema } } },
  conditional: false,
  rateLimited: false,
  problems: [],
});

export const getReadinessOperation = defineOperation({
  operationId: "getReadiness",
  path: "/readyz",
  summary: "Readiness",
  description:
    '200 with the served content\'s size and hash (with `--watch`, `status: "stale"` and the problems while the content on disk is invalid and the last valid graph is served); 503 once shutdown has begun. Also served at `/readyz`.',
  tag: "service",
  pathParameters: {},
  queryParameters: {},
  success: { description: "Ready.", content: { "application/json": { schema: readinessSchema } } },
  conditional: false,
  rateLimited: false,
  problems: ["not-ready"],
});
