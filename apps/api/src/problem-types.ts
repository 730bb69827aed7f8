/**
 * The problem types of the API (RFC 9457), one per error class, each with a fixed status. The `type` member of
 * a problem is the stable path `/api/v1/problems/<id>`, which serves this description (GET it to read it).
 */
import { API_BASE } from "./api-base.js";

export interface ProblemTypeSpec {
  status: number;
  title: string;
  description: string;
}

export const PROBLEM_TYPES = {
  "invalid-parameter": {
    status: 400,
    title: "Invalid parameter",
    description:
      "A path or query parameter is unknown, repeated, missing or out of range. `invalidParams` names each one, why it was refused and what it accepts.",
  },
  "malformed-request": {
    status: 400,
    title: "Malformed request",
    description:
      "The request could not be read: invalid percent-encoding in the path, or a request line or header the server cannot parse.",
  },
  "concept-not-found": {
    status: 404,
    title: "Concept not found",
    description:
      "No concept has this id, old id (alias) or name in either language. `parameter` names the parameter that held it and `suggestions` lists the closest ids.",
  },
  "no-path": {
    status: 404,
    title: "No path",
    description:
      "Both concepts exist, but no chain of relations links them under the given relation types and direction.",
  },
  "not-found": {
    status: 404,
    title: "Not found",
    description:
      "Nothing is served at this path. `GET /api/v1` lists the endpoints; the reference is at `/api/v1/docs/`.",
  },
  "method-not-allowed": {
    status: 405,
    title: "Method not allowed",
    description:
      "The path exists, but only for the methods in `allowedMethods` (and the `Allow` header). The API is read-only.",
  },
  "request-timeout": {
    status: 408,
    title: "Request timeout",
    description: "The request was not received completely in time; the connection is closed.",
  },
  "content-too-large": {
    status: 413,
    title: "Content too large",
    description: "The request carries a body larger than the limit. No endpoint reads a body.",
  },
  "uri-too-long": {
    status: 414,
    title: "URI too long",
    description: "The request target (path and query) is longer than the limit in `limit` (bytes).",
  },
  "headers-too-large": {
    status: 431,
    title: "Request header fields too large",
    description: "The request's headers are larger than the server accepts (16 KiB).",
  },
  "too-many-requests": {
    status: 429,
    title: "Too many requests",
    description:
      "This client sent more requests per minute than `limit`. Wait `retryAfterSeconds` (also in `Retry-After`).",
  },
  "internal-error": {
    status: 500,
    title: "Internal error",
    description:
      "A fault in the server, not in the request. It is logged with the request id (`X-Request-Id`).",
  },
  "not-ready": {
    status: 503,
    title: "Not ready",
    description:
      "The server is shutting down and finishes the requests it already has; send new ones elsewhere or later.",
  },
} as const satisfies Record<string, ProblemTypeSpec>;

export type ProblemTypeId = keyof typeof PROBLEM_TYPES;
export const PROBLEM_TYPE_IDS = Object.keys(PROBLEM_TYPES) as [ProblemTypeId, ...ProblemTypeId[]];

/** The `type` member for a problem type: a path under the API that documents it. */
export function problemTypeUri(id: ProblemTypeId): string {
  return `${API_BASE}/problems/${id}`;
}
