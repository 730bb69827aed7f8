/** A response body ready to send: bytes, media type, the hash its ETags derive from, and extra headers. */
import { createHash } from "node:crypto";

export interface Representation {
  body: Buffer;
  contentType: string;
  /** sha1 of the body, base64url: the opaque part of the strong ETag. */
  hash: string;
  /** Headers that belong to this representation (Content-Location, Link, Content-Disposition, Content-Language). */
  headers: Readonly<Record<string, string>>;
}

export function createRepresentation(
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): Representation {
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return { body: bytes, contentType, hash: createHash("sha1").update(bytes).digest("base64url"), headers };
}

export function jsonRepresentation(value: unknown, headers: Record<string, string> = {}): Representation {
  return createRepresentation(JSON.stringify(value), "application/json; charset=utf-8", headers);
}
