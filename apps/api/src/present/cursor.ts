/**
 * Opaque page cursors: base64url of `{"after": <last id of the page>}`. Pages are in id order, so a cursor
 * stays valid across restarts and filter changes; clients must not build them.
 */
import { CONCEPT_ID_PATTERN } from "@kubenotes/core";

export function encodeCursor(afterId: string): string {
  return Buffer.from(JSON.stringify({ after: afterId })).toString("base64url");
}

/** @returns the id the next page starts after, or undefined when the text is not a cursor this API wrote */
export function decodeCursor(cursor: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof value !== "object" || value === null || !("after" in value)) return undefined;
    const after = value.after;
    return typeof after === "string" && CONCEPT_ID_PATTERN.test(after) ? after : undefined;
  } catch {
    return undefined;
  }
}
