/**
 * The request log: one structured line per request worth reading. Which requests that is goes by outcome,
 * so a busy server does not spend a third of its time writing "200 OK" lines nobody reads:
 *
 * | outcome | level |
 * |---|---|
 * | 5xx, or an error on the way | `error` (with the error, server-side only) |
 * | the client went away before the answer was complete | `warn` ("request aborted") |
 * | slower than `slowMs` | `warn` ("slow request") |
 * | 4xx | `info` |
 * | 1xx–3xx | `debug`: `LOG_LEVEL=debug` gives a full access log |
 *
 * A line holds the request id, method, URL, status and duration. Headers are never logged, so cookies and
 * authorization never reach the log; in the query only the values of the API's own parameters are
 * (redactQuery). The request id comes from a well-formed `X-Request-Id` or is generated, and is echoed in the
 * response. Nothing is built for a line whose level is off.
 */
import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import type { Level, Logger } from "pino";
import { ALL_OPERATIONS } from "../operations/all-operations.js";
import { redactQuery } from "./redact-query.js";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Probes poll these every few seconds; a line each would drown the log. */
const PROBES: ReadonlySet<string> = new Set(["/healthz", "/readyz"]);

/** Every query parameter some operation defines: their values are safe and useful in the log. */
const KNOWN_PARAMETERS: ReadonlySet<string> = new Set(
  ALL_OPERATIONS.flatMap((operation) => Object.keys(operation.queryParameters)),
);

export interface RequestLogOptions {
  /** A request taking longer than this many milliseconds is logged at `warn` whatever its status (default 1,000). */
  slowMs?: number;
}

/** The error a later middleware attached to the response (error-handler.ts does for 5xx). */
export function attachError(response: Response, error: unknown): void {
  (response as { err?: unknown }).err = error;
}

const MESSAGES: Partial<Record<Level, string>> = {
  error: "request failed",
  warn: "slow request",
  info: "request completed",
  debug: "request completed",
};

function levelOf(status: number, error: unknown, ms: number, slowMs: number): Level {
  if (error !== undefined || status >= 500) return "error";
  if (ms > slowMs) return "warn";
  return status >= 400 ? "info" : "debug";
}

export function requestLogger(logger: Logger, options: RequestLogOptions = {}): RequestHandler {
  const slowMs = options.slowMs ?? 1000;
  return (request, response, next) => {
    const given = request.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    response.setHeader("X-Request-Id", id);
    const url = request.originalUrl;
    if (PROBES.has(url)) return next();
    const started = performance.now();
    // One listener and nothing else per request: "close" follows "finish" when the answer went out, and comes
    // alone when the client left. The line itself is built only when its level is on.
    response.on("close", () => {
      const ms = performance.now() - started;
      const error = (response as { err?: unknown }).err;
      const aborted = !response.writableFinished;
      const level = aborted ? "warn" : levelOf(response.statusCode, error, ms, slowMs);
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { id, method: request.method, url: redactQuery(url, KNOWN_PARAMETERS) },
          res: { statusCode: response.statusCode },
          responseTime: Math.round(ms),
          ...(error === undefined ? {} : { err: error }),
        },
        aborted ? "request aborted" : MESSAGES[level],
      );
    });
    next();
  };
}
