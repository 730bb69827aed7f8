/** Requests per minute and client IP (express-rate-limit, in memory); over the limit answers a 429 problem. */
import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import { RateLimitedError } from "../errors.js";

const WINDOW_MS = 60_000;

/** @param perMinute requests per minute; 0 turns the limiter off (undefined: nothing to mount) */
export function rateLimiter(perMinute: number): RequestHandler | undefined {
  if (perMinute === 0) return undefined;
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    // Any client can send X-Forwarded-For; unless `trust proxy` says a proxy sets it, it is ignored on purpose
    // (the limit keys on the socket address), so the library's warning about it would only be log noise.
    validate: { xForwardedForHeader: false },
    handler: (request, _response, next) => {
      const resetTime = (request as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const seconds = resetTime
        ? Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
        : WINDOW_MS / 1000;
      next(new RateLimitedError(perMinute, seconds));
    },
  });
}
