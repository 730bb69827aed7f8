/** Sends a representation with its validators: strong ETag, 304 on a matching If-None-Match, compression. */
import type { Request, Response } from "express";
import { type CompressionCache, compressBody } from "./compress-body.js";
import { chooseEncoding } from "./content-encoding.js";
import { entityTag, ifNoneMatchMatches } from "./entity-tag.js";
import type { Representation } from "./representation.js";

export interface SendOptions {
  /** The Cache-Control header. */
  cacheControl: string;
  /** Send an ETag and answer If-None-Match with 304. */
  conditional: boolean;
  compression: CompressionCache;
}

export async function sendRepresentation(
  request: Request,
  response: Response,
  representation: Representation,
  options: SendOptions,
): Promise<void> {
  const encoding = chooseEncoding(request, representation.body.length);
  if (response.hasHeader("Vary")) response.vary("Accept-Encoding");
  else response.setHeader("Vary", "Accept-Encoding");
  response.setHeader("Cache-Control", options.cacheControl);
  for (const [name, value] of Object.entries(representation.headers)) response.setHeader(name, value);
  if (options.conditional) {
    const etag = entityTag(representation.hash, encoding);
    response.setHeader("ETag", etag);
    if (ifNoneMatchMatches(request.headers["if-none-match"], etag)) {
      response.status(304).end();
      return;
    }
  }
  const body =
    encoding === "identity"
      ? representation.body
      : await compressBody(options.compression, representation, encoding);
  if (encoding !== "identity") response.setHeader("Content-Encoding", encoding);
  response.setHeader("Content-Type", representation.contentType);
  response.setHeader("Content-Length", body.length);
  response.status(200).end(body);
}
