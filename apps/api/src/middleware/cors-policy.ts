/**
 * CORS for the API (paths under API_BASE): read-only methods, no credentials, the configured origins (default
 * any: the data is public). Preflights continue to the routes, so unknown paths still answer 404 and known
 * ones 204. With any origin allowed, a plain request gets two fixed headers; preflights and origin lists go
 * through the `cors` package.
 */
import cors from "cors";
import type { RequestHandler } from "express";
import { API_BASE } from "../api-base.js";

const METHODS = ["GET", "HEAD", "OPTIONS"];
const EXPOSED_HEADERS = [
  "ETag",
  "Content-Location",
  "Link",
  "Retry-After",
  "RateLimit",
  "RateLimit-Policy",
  "X-Request-Id",
];

export function corsPolicy(origins: "*" | readonly string[]): RequestHandler {
  const policy = cors({
    origin: origins === "*" ? "*" : [...origins],
    methods: METHODS,
    allowedHeaders: ["Accept", "Accept-Language", "If-None-Match", "Content-Type", "X-Request-Id"],
    exposedHeaders: EXPOSED_HEADERS,
    credentials: false,
    maxAge: 600,
    preflightContinue: true,
  });
  const exposed = EXPOSED_HEADERS.join(",");
  return (request, response, next) => {
    if (!request.url.startsWith(API_BASE)) return next();
    if (origins !== "*" || request.method === "OPTIONS") return policy(request, response, next);
    response.setHeader("Access-Control-Allow-Origin", "*");
    response.setHeader("Access-Control-Expose-Headers", exposed);
    next();
  };
}
