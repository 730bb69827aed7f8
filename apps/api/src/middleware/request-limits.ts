/** Refuses request targets longer than the limit (414) and request bodies bigger than the limit (413). */
import type { RequestHandler } from "express";
import { ContentTooLargeError, UriTooLongError } from "../errors.js";

export function requestLimits(limits: { maxUrlLength: number; maxBodyBytes: number }): RequestHandler {
  return (request, response, next) => {
    if (Buffer.byteLength(request.originalUrl) > limits.maxUrlLength)
      return next(new UriTooLongError(limits.maxUrlLength));
    const declared = request.headers["content-length"];
    const length = declared === undefined ? 0 : Number(declared);
    // A chunked body has no declared length; no endpoint reads one, so it is refused like an oversized one.
    if (!(length <= limits.maxBodyBytes) || request.headers["transfer-encoding"] !== undefined) {
      // The body is never read: closing after the answer stops a client from trickling it in for minutes.
      response.setHeader("Connection", "close");
      return next(new ContentTooLargeError(limits.maxBodyBytes));
    }
    next();
  };
}
