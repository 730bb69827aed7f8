/**
 * Strong ETags. A content coding makes a different representation (RFC 9110 §8.8.3), so the gzip and brotli
 * forms of a body get their own tags: `"<hash>"`, `"<hash>-gzip"`, `"<hash>-br"`.
 */
import type { ContentEncoding } from "./content-encoding.js";

export function entityTag(hash: string, encoding: ContentEncoding): string {
  return encoding === "identity" ? `"${hash}"` : `"${hash}-${encoding}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored; `*` matches anything. */
export function ifNoneMatchMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === opaque);
}
