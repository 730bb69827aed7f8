/**
 * Error classes of the HTTP layer, one per category. Handlers and middleware throw these (or core's errors);
 * `toProblem` maps every class to a status and a problem type in one place.
 */
import { ConceptNotFoundError } from "@kubenotes/core";

/** Where a request parameter sits. */
export type ParameterLocation = "path" | "query";

/** One rejected parameter: which one, why, and what would have been accepted. */
export interface InvalidParameter {
  name: string;
  in: ParameterLocation;
  /** What is wrong with the value that was sent. */
  reason: string;
  /** The values or range this parameter accepts, in words. */
  accepted: string;
  /** The exact values accepted, when the parameter is an enumeration. */
  allowed?: string[];
}

/** A path or query parameter failed validation (400). */
export class InvalidParameterError extends Error {
  override readonly name = "InvalidParameterError";
  readonly parameters: readonly InvalidParameter[];
  /** Further rejected parameters left out of `parameters` (a request with thousands gets a short answer). */
  readonly omitted: number;
  constructor(parameters: readonly InvalidParameter[], omitted = 0) {
    super(
      `invalid parameter${parameters.length === 1 ? "" : "s"}: ${parameters.map((parameter) => parameter.name).join(", ")}`,
    );
    this.parameters = parameters;
    this.omitted = omitted;
  }
}

/** A concept id, alias or name given in a named parameter does not resolve (404, with suggestions). */
export class UnknownConceptError extends ConceptNotFoundError {
  readonly parameter: string;
  constructor(parameter: string, id: string, suggestions: readonly string[]) {
    super(id, suggestions);
    this.parameter = parameter;
  }
}

/** No route matches the path (404). */
export class RouteNotFoundError extends Error {
  override readonly name = "RouteNotFoundError";
  readonly path: string;
  constructor(path: string) {
    super(`no resource at ${path}`);
    this.path = path;
  }
}

/** The path exists but not with this method (405). */
export class MethodNotAllowedError extends Error {
  override readonly name = "MethodNotAllowedError";
  readonly method: string;
  readonly allowed: readonly string[];
  constructor(method: string, allowed: readonly string[]) {
    super(`method ${method} is not allowed here; use ${allowed.join(", ")}`);
    this.method = method;
    this.allowed = allowed;
  }
}

/** The request target (path + query) is longer than the configured limit (414). */
export class UriTooLongError extends Error {
  override readonly name = "UriTooLongError";
  readonly limit: number;
  constructor(limit: number) {
    super(`the request target is longer than ${limit} bytes`);
    this.limit = limit;
  }
}

/** The request carries a body larger than the configured limit (413). */
export class ContentTooLargeError extends Error {
  override readonly name = "ContentTooLargeError";
  readonly limit: number;
  constructor(limit: number) {
    super(`request bodies are limited to ${limit} bytes; this API reads none`);
    this.limit = limit;
  }
}

/** The client exceeded the rate limit (429). */
export class RateLimitedError extends Error {
  override readonly name = "RateLimitedError";
  readonly retryAfterSeconds: number;
  readonly limit: number;
  constructor(limit: number, retryAfterSeconds: number) {
    super(`more than ${limit} requests per minute; retry in ${retryAfterSeconds} s`);
    this.limit = limit;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The server is shutting down and takes no new work (503, from /readyz). */
export class NotReadyError extends Error {
  override readonly name = "NotReadyError";
}
