/**
 * An operation of the API declared once: path, parameters (zod), success response and the problems it can
 * answer with. Routes validate requests with it; the OpenAPI document is generated from it.
 */
import type { z } from "zod";
import type { ZodOpenApiMediaTypeObject } from "zod-openapi";
import type { ProblemTypeId } from "../problem-types.js";
import type { Parameter } from "./parameter.js";

export type ParameterShape = Record<string, Parameter>;

/** An OpenAPI media type entry: a zod schema, or a plain JSON Schema for non-JSON bodies. */
export type MediaType = ZodOpenApiMediaTypeObject;

export interface Operation<
  P extends ParameterShape = ParameterShape,
  Q extends ParameterShape = ParameterShape,
> {
  operationId: string;
  /** OpenAPI path template relative to the API base (`/concepts/{id}`). */
  path: string;
  summary: string;
  description: string;
  tag: string;
  pathParameters: P;
  queryParameters: Q;
  success: {
    description: string;
    content: Record<string, MediaType>;
  };
  /** Whether the response carries an ETag and answers `If-None-Match` with 304 (default true). */
  conditional?: boolean;
  /** Whether the rate limit applies (default true; false for health checks). */
  rateLimited?: boolean;
  /** Problem types specific to this operation (the common ones are added for every operation). */
  problems: ProblemTypeId[];
}

type Output<S extends ParameterShape> = { [K in keyof S]: z.output<S[K]["schema"]> };

/** The validated, typed input of an operation. */
export interface OperationInput<O extends Operation> {
  path: O extends Operation<infer P, ParameterShape> ? Output<P> : never;
  query: O extends Operation<ParameterShape, infer Q> ? Output<Q> : never;
}

export function defineOperation<const P extends ParameterShape, const Q extends ParameterShape>(
  operation: Operation<P, Q>,
): Operation<P, Q> {
  return operation;
}

/** Problems any operation can answer with, whatever its parameters. */
export function problemsOf(operation: Operation): ProblemTypeId[] {
  const common: ProblemTypeId[] = [
    "invalid-parameter",
    "malformed-request",
    "content-too-large",
    "uri-too-long",
  ];
  if (operation.rateLimited !== false) common.push("too-many-requests");
  return [...new Set([...common, ...operation.problems, "internal-error" as const])];
}

/** The express route path of an operation (`/concepts/{id}` → `/concepts/:id`). */
export function expressPathOf(operation: Operation): string {
  return operation.path.replace(/\{(\w+)\}/g, ":$1");
}
