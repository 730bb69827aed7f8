/**
 * Validates the path and query parameters of a request against an operation's zod schemas. Every problem is
 * collected (unknown, repeated, missing, out of range), each naming the parameter and what it accepts.
 */
import type { z } from "zod";
import { type InvalidParameter, InvalidParameterError, type ParameterLocation } from "../errors.js";
import type { Operation, OperationInput, ParameterShape } from "../schemas/operation.js";
import { MAX_INVALID_PARAMS } from "../schemas/problem.js";

/** Longest parameter name or value echoed back in a problem. */
const ECHO_LIMIT = 64;

function echo(text: string): string {
  return text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
}

function describeValue(value: unknown): string {
  return typeof value === "string" ? `"${echo(value)}"` : "nothing";
}

function parseShape(
  shape: ParameterShape,
  raw: Readonly<Record<string, unknown>>,
  location: ParameterLocation,
  problems: InvalidParameter[],
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(shape)) {
    const value = Object.hasOwn(raw, name) ? raw[name] : undefined;
    const result = (parameter.schema as z.ZodType).safeParse(value);
    if (result.success) {
      output[name] = result.data;
      continue;
    }
    const reason = result.error.issues[0]?.message ?? "invalid";
    problems.push({
      name,
      in: location,
      reason: value === undefined ? "missing" : `${describeValue(value)}: ${reason}`,
      accepted: parameter.accepted,
      ...(parameter.allowed ? { allowed: [...parameter.allowed] } : {}),
    });
  }
  return output;
}

/**
 * @param params `request.params` (already percent-decoded by the router)
 * @param query `request.query` from the simple parser: a string, or an array when a key repeats
 * @throws InvalidParameterError listing every rejected parameter
 */
export function validateRequest<O extends Operation>(
  operation: O,
  params: Readonly<Record<string, unknown>>,
  query: Readonly<Record<string, unknown>>,
): OperationInput<O> {
  const problems: InvalidParameter[] = [];
  const known = Object.keys(operation.queryParameters);
  const single: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!Object.hasOwn(operation.queryParameters, name)) {
      problems.push({
        name: echo(name),
        in: "query",
        reason: "unknown parameter",
        accepted: known.length > 0 ? `parameters: ${known.join(", ")}` : "no query parameters",
        allowed: known,
      });
    } else if (Array.isArray(value)) {
      const parameter = operation.queryParameters[name];
      problems.push({
        name,
        in: "query",
        reason: `given ${value.length} times; give it once${parameter?.allowed ? " (lists are comma-separated)" : ""}`,
        accepted: parameter?.accepted ?? "",
        ...(parameter?.allowed ? { allowed: [...parameter.allowed] } : {}),
      });
    } else {
      single[name] = value;
    }
  }
  const path = parseShape(operation.pathParameters, params, "path", problems);
  const parsedQuery = parseShape(
    Object.fromEntries(
      Object.entries(operation.queryParameters).filter(([name]) => !Array.isArray(query[name])),
    ),
    single,
    "query",
    problems,
  );
  if (problems.length > 0) {
    const reported = problems.slice(0, MAX_INVALID_PARAMS);
    throw new InvalidParameterError(reported, problems.length - reported.length);
  }
  return { path, query: parsedQuery } as OperationInput<O>;
}
