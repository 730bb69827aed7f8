/**
 * GET /healthz (alive) and /readyz (ready to take traffic; 503 once shutdown begins). While refused content
 * is on disk (`--watch`), /readyz stays 200 — the last good graph is still served — with `status: "stale"`
 * and every problem. Never cached or rate limited.
 */
import { NotReadyError } from "../errors.js";
import { jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { getHealthOperation, getReadinessOperation } from "../operations/service.js";
import type { ReadinessBody } from "../schemas/service.js";
import { type Routes, registerOperation } from "./register-operation.js";

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function healthRoutes(router: Routes, store: KnowledgeStore, isDraining: () => boolean): void {
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
}
