/**
 * CORS for the API: read-only methods, no credentials, the configured origins (default any: the data is
 * public). Preflights continue to the routes, so unknown paths still answer 404 and known ones 204.
 */
import cors from "cors";
import type { RequestHandler } from "express";

export function corsPolicy(origins: "*" | readonly string[]): RequestHandler {
  return cors({
    origin: origins === "*" ? "*" : [...origins],
    methods: ["GET", "HEAD", "OPTIONS"],
    allowedHeaders: ["Accept", "Accept-Language", "If-None-Match", "Content-Type", "X-Request-Id"],
    exposedHeaders: [
      "ETag",
      "Content-Location",
      "Link",
      "Retry-After",
      "RateLimit",
      "RateLimit-Policy",
      "X-Request-Id",
    ],
    credentials: false,
    maxAge: 600,
    preflightContinue: true,
  });
}
