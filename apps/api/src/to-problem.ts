/**
 * Maps every error class to its problem document and status: the one place the HTTP layer decides what a
 * failure looks like to a client. Unknown errors become a bare 500 with no message or stack.
 */
import { ConceptNotFoundError, InvalidArgumentError, NoPathError } from "@kubenotes/core";
import {
  ContentTooLargeError,
  InvalidParameterError,
  MethodNotAllowedError,
  NotReadyError,
  RateLimitedError,
  RouteNotFoundError,
  UnknownConceptError,
  UriTooLongError,
} from "./errors.js";
import { PROBLEM_TYPES, type ProblemTypeId, problemTypeUri } from "./problem-types.js";
import type { Problem } from "./schemas/problem.js";

export interface ProblemResponse {
  problem: Problem;
  /** Headers that go with it (Allow, Retry-After). */
  headers: Record<string, string>;
}

/** Longest `instance` echoed back (a 414 request target can be huge). */
const INSTANCE_LIMIT = 256;

function base(id: ProblemTypeId, detail: string, instance: string): Problem {
  const spec = PROBLEM_TYPES[id];
  return {
    type: problemTypeUri(id),
    title: spec.title,
    status: spec.status,
    detail,
    instance: instance.length > INSTANCE_LIMIT ? `${instance.slice(0, INSTANCE_LIMIT)}…` : instance,
  };
}

function clientErrorStatus(error: unknown): number | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const status =
    (error as { status?: unknown; statusCode?: unknown }).status ??
    (error as { statusCode?: unknown }).statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : undefined;
}

/** @param instance the request path and query */
export function toProblem(error: unknown, instance: string): ProblemResponse {
  if (error instanceof InvalidParameterError) {
    const detail =
      error.parameters.map((p) => `${p.name} (${p.in}): ${p.reason}; accepted: ${p.accepted}`).join(". ") +
      (error.omitted > 0 ? `. And ${error.omitted} more invalid parameters, not listed.` : "");
    return {
      problem: { ...base("invalid-parameter", detail, instance), invalidParams: [...error.parameters] },
      headers: {},
    };
  }
  if (error instanceof ConceptNotFoundError) {
    const parameter = error instanceof UnknownConceptError ? error.parameter : "id";
    const hint = error.suggestions.length > 0 ? `; closest: ${error.suggestions.join(", ")}` : "";
    return {
      problem: {
        ...base(
          "concept-not-found",
          `no concept has the id, alias or name "${error.id}" (${parameter})${hint}`,
          instance,
        ),
        parameter,
        conceptId: error.id,
        suggestions: [...error.suggestions],
      },
      headers: {},
    };
  }
  if (error instanceof NoPathError) {
    const detail = `no chain of relations links ${error.from} to ${error.to} with these relation types and direction`;
    return {
      problem: { ...base("no-path", detail, instance), fromId: error.from, toId: error.to },
      headers: {},
    };
  }
  if (error instanceof InvalidArgumentError) {
    return { problem: base("invalid-parameter", `${error.argument}: out of range`, instance), headers: {} };
  }
  if (error instanceof RouteNotFoundError) {
    return {
      problem: base("not-found", "nothing is served at this path; GET /api/v1 lists the endpoints", instance),
      headers: {},
    };
  }
  if (error instanceof MethodNotAllowedError) {
    const allow = error.allowed.join(", ");
    return {
      problem: {
        ...base("method-not-allowed", `${error.method} is not allowed here; use ${allow}`, instance),
        allowedMethods: [...error.allowed],
      },
      headers: { Allow: allow },
    };
  }
  if (error instanceof UriTooLongError) {
    return { problem: { ...base("uri-too-long", error.message, instance), limit: error.limit }, headers: {} };
  }
  if (error instanceof ContentTooLargeError) {
    return {
      problem: { ...base("content-too-large", error.message, instance), limit: error.limit },
      headers: {},
    };
  }
  if (error instanceof RateLimitedError) {
    return {
      problem: {
        ...base("too-many-requests", error.message, instance),
        limit: error.limit,
        retryAfterSeconds: error.retryAfterSeconds,
      },
      headers: { "Retry-After": String(error.retryAfterSeconds) },
    };
  }
  if (error instanceof NotReadyError) {
    return { problem: base("not-ready", "the server is shutting down", instance), headers: {} };
  }
  // Errors from express itself and its middleware carry a 4xx status: a path with invalid percent-encoding,
  // or a file that disappeared after start-up.
  const status = clientErrorStatus(error);
  if (status === 404)
    return { problem: base("not-found", "nothing is served at this path", instance), headers: {} };
  if (status !== undefined) {
    return {
      problem: base(
        "malformed-request",
        "the request could not be read (check the percent-encoding of the path)",
        instance,
      ),
      headers: {},
    };
  }
  return {
    problem: base("internal-error", "an internal error occurred; it has been logged", instance),
    headers: {},
  };
}
