/**
 * While the server shuts down, every response closes its connection, so keep-alive clients do not send
 * another request on a socket that is about to go away. Decided when the headers are written, so requests
 * already in flight when shutdown begins are covered too.
 */
import type { RequestHandler } from "express";

export function drainConnections(isDraining: () => boolean): RequestHandler {
  return (_request, response, next) => {
    const writeHead = response.writeHead;
    response.writeHead = function writeHeadDraining(
      this: typeof response,
      ...args: Parameters<typeof writeHead>
    ) {
      if (isDraining() && !this.headersSent) this.setHeader("Connection", "close");
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  };
}
