/**
 * Structured request logs (pino-http): method, path, status, duration and request id. Headers are not logged,
 * so cookies and authorization never reach the log; in the query only the values of the API's own parameters
 * are (redactQuery). The request id comes from a well-formed `X-Request-Id` or is generated, and is echoed in
 * the response.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { ALL_OPERATIONS } from "../operations/all-operations.js";
import { redactQuery } from "./redact-query.js";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Every query parameter some operation defines: their values are safe and useful in the log. */
const KNOWN_PARAMETERS: ReadonlySet<string> = new Set(
  ALL_OPERATIONS.flatMap((operation) => Object.keys(operation.queryParameters)),
);

export function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const given = request.headers["x-request-id"];
      const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
      response.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (request: { id: unknown; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        url: redactQuery(request.url, KNOWN_PARAMETERS),
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? "error" : "info"),
    autoLogging: { ignore: (request) => request.url === "/healthz" || request.url === "/readyz" },
  }) as unknown as RequestHandler;
}
