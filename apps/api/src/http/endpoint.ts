/**
 * Turns an operation and a pure handler `(input, context) → Representation` into an express handler:
 * take the store's current context, validate the request, reuse a cached response for the same input, send
 * it with validators.
 */
import type { RequestHandler } from "express";
import type { ApiContext } from "../context.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import type { Operation, OperationInput } from "../schemas/operation.js";
import type { Representation } from "./representation.js";
import { sendRepresentation } from "./send-representation.js";
import { validateRequest } from "./validate-request.js";

export type Handler<O extends Operation> = (input: OperationInput<O>, context: ApiContext) => Representation;

export function endpoint<O extends Operation>(
  store: KnowledgeStore,
  operation: O,
  handler: Handler<O>,
): RequestHandler {
  const conditional = operation.conditional !== false;
  return async (request, response) => {
    // Read once: a reload swapping the store while this request presents or compresses does not affect it.
    const context = store.current;
    const input = validateRequest(operation, request.params, request.query as Record<string, unknown>);
    let representation: Representation;
    if (conditional) {
      const key = `${operation.operationId}\u0000${JSON.stringify(input)}`;
      const cached = context.responses.get(key);
      representation = cached ?? handler(input, context);
      if (!cached) context.responses.set(key, representation, representation.body.length + key.length);
    } else {
      representation = handler(input, context);
    }
    await sendRepresentation(request, response, representation, {
      cacheControl: conditional ? context.cacheControl : "no-store",
      conditional,
      compression: context.compression,
    });
  };
}
