/**
 * GET /healthz (alive) and /readyz (ready to take traffic; 503 once shutdown begins). While refused content
 * is on disk (`--watch`), /readyz stays 200 — the last good graph is still served — with `status: "stale"`
 * and every problem. Never cached or rate limited.
 */
import { Router } from "express";
import { NotReadyError } from "../errors.js";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { getHealthOperation, getReadinessOperation } from "../operations/service.js";
import type { ReadinessBody } from "../schemas/service.js";
import { registerOperation } from "./register-operation.js";

export function healthRoutes(store: KnowledgeStore, isDraining: () => boolean): Router {
  const router = Router();
  registerOperation(router, store, getHealthOperation, () => jsonRepresentation({ status: "ok" }));
  registerOperation(router, store, getReadinessOperation, (_input, { graph, contentHash }) => {
    if (isDraining()) throw new NotReadyError();
    const problems = store.problems.map(({ file, line, code, message, hint }) => ({
      file,
      line,
      code,
      message,
      hint,
    }));
    const body: ReadinessBody = {
      status: problems.length > 0 ? "stale" : "ready",
      concepts: graph.order,
      relations: graph.size,
      contentHash,
      problems,
    };
    return jsonRepresentation(body);
  });
  return router;
}
