/**
 * The HTTP server around the express app: listen, bounded timeouts, problem+json for requests Node cannot
 * even parse, and a graceful close that finishes in-flight requests.
 */
import { createServer as createHttpServer, type Server } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import type { Express } from "express";
import { DEFAULT_TIMEOUTS, type ServerTimeouts } from "./config.js";
import { PROBLEM_CONTENT_TYPE } from "./http/send-problem.js";
import { PROBLEM_TYPES, type ProblemTypeId, problemTypeUri } from "./problem-types.js";

function clientErrorType(code: string | undefined): ProblemTypeId {
  if (code === "HPE_HEADER_OVERFLOW") return "headers-too-large";
  if (code === "ERR_HTTP_REQUEST_TIMEOUT") return "request-timeout";
  return "malformed-request";
}

/** Node's default answer to an unparsable request is a bare status line; this one is a problem document. */
function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || error.code === "ECONNRESET") {
    socket.destroy();
    return;
  }
  const id = clientErrorType(error.code);
  const { status, title } = PROBLEM_TYPES[id];
  const body = JSON.stringify({
    type: problemTypeUri(id),
    title,
    status,
    detail: "the request could not be parsed",
    instance: "",
  });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Starts listening; rejects with the listen error (EADDRINUSE, EACCES, …). Slow clients are cut: a connection
 * that has not sent complete headers within `headersMs` (even one that sent nothing) gets a 408 and is
 * closed, as is one whose request is not complete within `requestMs`; an idle keep-alive connection is
 * closed after `keepAliveMs`. Headers over 16 KiB (Node's default) answer 431.
 */
export function listen(
  app: Express,
  options: { host: string; port: number; timeouts?: Partial<ServerTimeouts> },
): Promise<Server> {
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  // Node checks the timeouts every `connectionsCheckingInterval` (30 s by default): check often enough to honour them.
  const server = createHttpServer(
    { connectionsCheckingInterval: Math.min(30_000, Math.max(100, timeouts.headersMs / 4)) },
    app,
  );
  server.requestTimeout = timeouts.requestMs;
  server.headersTimeout = timeouts.headersMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  server.on("clientError", answerClientError);
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}

/**
 * After the listener closes, connections that look idle may still hold a request the event loop has not
 * read yet; they get this long to deliver it before idle connections are closed.
 */
const IDLE_GRACE_MS = 250;

/**
 * Stops accepting connections and resolves once every in-flight request has been answered. Responses written
 * while draining carry `Connection: close` (middleware/drain-connections.ts), so busy connections end after
 * their response; idle keep-alive connections are closed after a short grace.
 * @returns true when everything finished in time, false when connections were cut after `timeoutMs`
 */
export function closeGracefully(server: Server, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let sweep: NodeJS.Timeout | undefined;
    const grace = setTimeout(() => {
      server.closeIdleConnections();
      sweep = setInterval(() => server.closeIdleConnections(), 50);
    }, IDLE_GRACE_MS);
    const deadline = setTimeout(() => {
      clearTimeout(grace);
      clearInterval(sweep);
      server.closeAllConnections();
      resolve(false);
    }, timeoutMs);
    // http.Server#close would also cut idle connections at once, dropping requests still in their socket
    // buffers; net.Server#close only stops listening and calls back when the last connection has ended.
    Reflect.apply(NetServer.prototype.close, server, [
      () => {
        clearTimeout(grace);
        clearInterval(sweep);
        clearTimeout(deadline);
        resolve(true);
      },
    ]);
  });
}
