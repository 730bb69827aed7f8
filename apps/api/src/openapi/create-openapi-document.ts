/**
 * The OpenAPI 3.1 document, generated from the same operation definitions (zod schemas) the routes validate
 * requests with. Deterministic: the same code always gives the same document, byte for byte once serialised.
 */
import { z } from "zod";
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from "zod-openapi";
import packageJson from "../../package.json";
import { API_BASE } from "../api-base.js";
import { ALL_OPERATIONS } from "../operations/all-operations.js";
import { PROBLEM_TYPES, type ProblemTypeId, problemTypeUri } from "../problem-types.js";
import { type Operation, problemsOf } from "../schemas/operation.js";
import { problemSchema } from "../schemas/problem.js";

export type OpenApiDocument = ReturnType<typeof createDocument>;

const TAGS = [
  { name: "concepts", description: "Concepts, their relations and neighbourhoods." },
  { name: "traversal", description: "Paths between concepts and what to learn first." },
  { name: "search", description: "Korean-aware full-text search." },
  { name: "graph", description: "The whole graph for viewers and graph tools." },
  { name: "service", description: "Vocabularies, health, this description and the problem types." },
];

const etagHeader = z
  .string()
  .meta({ description: "Strong validator of this representation; send it back in `If-None-Match`." });

function responsesOf(operation: Operation): ZodOpenApiResponsesObject {
  const conditional = operation.conditional !== false;
  const responses: ZodOpenApiResponsesObject = {
    "200": {
      description: operation.success.description,
      headers: z.object({
        ...(conditional ? { ETag: etagHeader } : {}),
        "Cache-Control": z
          .string()
          .meta({ description: conditional ? "public, max-age=<configured>" : "no-store" }),
      }),
      content: operation.success.content,
    },
  };
  if (conditional) {
    responses["304"] = {
      description: "Not modified: the representation still has the ETag sent in `If-None-Match`.",
      headers: z.object({ ETag: etagHeader }),
    };
  }
  const byStatus = new Map<number, ProblemTypeId[]>();
  for (const id of problemsOf(operation)) {
    const { status } = PROBLEM_TYPES[id];
    byStatus.set(status, [...(byStatus.get(status) ?? []), id]);
  }
  for (const [status, ids] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    responses[String(status) as "400"] = {
      description: ids.map((id) => `\`${problemTypeUri(id)}\`: ${PROBLEM_TYPES[id].title}.`).join(" "),
      ...(status === 429
        ? { headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait." }) }) }
        : {}),
      content: { "application/problem+json": { schema: problemSchema } },
    };
  }
  return responses;
}

function operationObject(operation: Operation): ZodOpenApiOperationObject {
  const schemasOf = (shape: Operation["queryParameters"]) =>
    z.object(Object.fromEntries(Object.entries(shape).map(([name, parameter]) => [name, parameter.schema])));
  const hasPath = Object.keys(operation.pathParameters).length > 0;
  const hasQuery = Object.keys(operation.queryParameters).length > 0;
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    description: operation.description,
    tags: [operation.tag],
    ...(hasPath || hasQuery
      ? {
          requestParams: {
            ...(hasPath ? { path: schemasOf(operation.pathParameters) } : {}),
            ...(hasQuery ? { query: schemasOf(operation.queryParameters) } : {}),
          },
        }
      : {}),
    responses: responsesOf(operation),
  };
}

export function createOpenApiDocument(): OpenApiDocument {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of ALL_OPERATIONS) paths[operation.path] = { get: operationObject(operation) };
  return createDocument({
    openapi: "3.1.0",
    "x-generated": "by `npm run openapi -w @kubenotes/api` from apps/api/src/operations; do not edit",
    info: {
      title: "kubenotes API",
      version: packageJson.version,
      description:
        "Read-only REST API over the kubenotes knowledge graph of containers, Docker, Kubernetes and service meshes, " +
        "in Korean and English (`?lang=ko|en`, default ko). Errors are RFC 9457 `application/problem+json`; " +
        "responses carry strong ETags and answer `If-None-Match` with 304. Unknown query parameters are refused " +
        "(400), and every parameter may be given once.",
      license: { name: "See the repository" },
    },
    servers: [{ url: API_BASE }],
    tags: TAGS,
    paths,
  });
}

/** The document as served and as written to docs/openapi.json. */
export function serializeOpenApiDocument(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
