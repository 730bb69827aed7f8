/** Which content coding to answer with: brotli or gzip for bodies worth compressing, when the client takes them. */
import type { Request } from "express";

export type ContentEncoding = "br" | "gzip" | "identity";

/** Bodies smaller than this are sent as they are: compressing them saves less than it costs. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

export function chooseEncoding(request: Request, size: number): ContentEncoding {
  if (size < COMPRESSION_THRESHOLD_BYTES || !request.headers["accept-encoding"]) return "identity";
  const chosen = request.acceptsEncodings("br", "gzip", "identity");
  return chosen === "br" || chosen === "gzip" ? chosen : "identity";
}
