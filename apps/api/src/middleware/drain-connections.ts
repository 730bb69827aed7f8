/**
 * While the server shuts down, every response closes its connection, so keep-alive clients do not send
 * another request on a socket that is about to go away. Decided when the headers are written, so requests
 * already in flight when shutdown begins are covered too.
 */
import type { ServerResponse } from "node:http";
import type { RequestHandler } from "express";

const IS_DRAINING = Symbol("isDraining");

type DrainingResponse = ServerResponse & { [IS_DRAINING]: () => boolean };

/** One function for every response (no closure per request): it reads the check from the response. */
function writeHeadDraining(this: DrainingResponse, ...args: unknown[]): unknown {
  if (!this.headersSent && this[IS_DRAINING]()) this.setHeader("Connection", "close");
  return Object.getPrototypeOf(this).writeHead.apply(this, args);
}

export function drainConnections(isDraining: () => boolean): RequestHandler {
  return (_request, response, next) => {
    const draining = response as unknown as DrainingResponse;
    draining[IS_DRAINING] = isDraining;
    draining.writeHead = writeHeadDraining as DrainingResponse["writeHead"];
    next();
  };
}
