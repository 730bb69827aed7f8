/**
 * Turns an operation and a pure handler `(input, context) → Representation` into an express handler:
 * take the store's current context, validate the request, reuse a cached response for the same input (or the
 * same URL, without validating again), send it with validators.
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
    let representation: Representation | undefined;
    if (conditional) {
      // The URL determines the input, so a URL answered before maps straight to its cached response.
      const target = `${operation.operationId}\u0000${request.originalUrl}`;
      const knownKey = context.inputKeys.get(target);
      representation = knownKey === undefined ? undefined : context.responses.get(knownKey);
      if (!representation) {
        const input = validateRequest(operation, request.params, request.query as Record<string, unknown>);
        const key = `${operation.operationId}\u0000${JSON.stringify(input)}`;
        const cached = context.responses.get(key);
        representation = cached ?? handler(input, context);
        if (!cached) context.responses.set(key, representation, representation.body.length + key.length);
        context.inputKeys.set(target, key, target.length + key.length);
      }
    } else {
      const input = validateRequest(operation, request.params, request.query as Record<string, unknown>);
      representation = handler(input, context);
    }
    await sendRepresentation(request, response, representation, {
      cacheControl: conditional ? context.cacheControl : "no-store",
      conditional,
      compression: context.compression,
    });
  };
}
