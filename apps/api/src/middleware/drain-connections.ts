/**
 * While the server shuts down, every response closes its connection, so keep-alive clients do not send
 * another request on a socket that is about to go away. Decided when the headers are written, so requests
 * already in flight when shutdown begins are covered too.
 *
 * Installed once on the app's response prototype (`app.response`, which express gives every response of this
 * app) rather than per request: giving each response its own `writeHead` cost more than the rest of this
 * file's work put together.
 */
import { ServerResponse } from "node:http";
import type { Express } from "express";

export function drainConnections(app: Express, isDraining: () => boolean): void {
  const writeHead = ServerResponse.prototype.writeHead;
  app.response.writeHead = function writeHeadDraining(
    this: ServerResponse,
    ...args: Parameters<typeof writeHead>
  ) {
    if (!this.headersSent && isDraining()) this.setHeader("Connection", "close");
    return writeHead.apply(this, args);
  } as unknown as Express["response"]["writeHead"];
}
