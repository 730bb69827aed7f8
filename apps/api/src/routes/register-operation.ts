/**
 * Mounts an operation on a router: GET (and HEAD) run the endpoint, OPTIONS answers 204 with `Allow`,
 * any other method is a 405 problem.
 */
import type { RequestHandler, Router } from "express";
import { MethodNotAllowedError } from "../errors.js";
import { endpoint, type Handler } from "../http/endpoint.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { expressPathOf, type Operation } from "../schemas/operation.js";

export const READ_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

/** For a read-only resource, after its GET handler: OPTIONS → 204 with `Allow`, anything else → 405. */
export const readOnly: RequestHandler = (request, response, next) => {
  if (request.method === "OPTIONS") {
    response.setHeader("Allow", READ_METHODS.join(", "));
    response.status(204).end();
    return;
  }
  next(new MethodNotAllowedError(request.method, READ_METHODS));
};

/** Where routes are added: a router, the app itself, or anything that maps a path to a route. */
export interface Routes {
  route(path: string): ReturnType<Router["route"]>;
}

export function registerOperation<O extends Operation>(
  router: Routes,
  store: KnowledgeStore,
  operation: O,
  handler: Handler<O>,
): void {
  router
    .route(expressPathOf(operation))
    .get(endpoint(store, operation, handler))
    .all(readOnly);
}
