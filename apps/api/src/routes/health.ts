/** GET /healthz (alive) and /readyz (ready to take traffic; 503 once shutdown begins). Never cached or rate limited. */
import { Router } from "express";
import type { ApiContext } from "../context.js";
import { NotReadyError } from "../errors.js";
import { jsonRepresentation } from "../http/representation.js";
import { getHealthOperation, getReadinessOperation } from "../operations/service.js";
import { registerOperation } from "./register-operation.js";

export function healthRoutes(context: ApiContext, isDraining: () => boolean): Router {
  const router = Router();
  registerOperation(router, context, getHealthOperation, () => jsonRepresentation({ status: "ok" }));
  registerOperation(router, context, getReadinessOperation, (_input, { graph, contentHash }) => {
    if (isDraining()) throw new NotReadyError();
    return jsonRepresentation({ status: "ready", concepts: graph.order, relations: graph.size, contentHash });
  });
  return router;
}
