/** GET /schema, / (index), /openapi.json, /problems, /problems/{type}. */
import packageJson from "../../package.json";
import { API_BASE } from "../api-base.js";
import { RouteNotFoundError } from "../errors.js";
import { createRepresentation, jsonRepresentation } from "../http/representation.js";
import type { KnowledgeStore } from "../knowledge-store.js";
import { createOpenApiDocument, serializeOpenApiDocument } from "../openapi/create-openapi-document.js";
import {
  getIndexOperation,
  getOpenApiOperation,
  getProblemTypeOperation,
  getSchemaOperation,
  listProblemTypesOperation,
} from "../operations/service.js";
import { presentSchemaDescription } from "../present/schema-description.js";
import { PROBLEM_TYPE_IDS, PROBLEM_TYPES, type ProblemTypeId, problemTypeUri } from "../problem-types.js";
import { type Routes, registerOperation } from "./register-operation.js";

function describeProblemType(id: ProblemTypeId) {
  const { status, title, description } = PROBLEM_TYPES[id];
  return { type: problemTypeUri(id), id, status, title, description };
}

/** Adds these operations to `router` (the API's one router: a request walks one list of routes). */
export function serviceRoutes(router: Routes, store: KnowledgeStore): void {
  const openApi = createRepresentation(
    serializeOpenApiDocument(createOpenApiDocument()),
    "application/json; charset=utf-8",
  );

  registerOperation(router, store, getSchemaOperation, ({ query }) =>
    jsonRepresentation(presentSchemaDescription(query.lang), { "Content-Language": query.lang }),
  );

  registerOperation(router, store, getIndexOperation, () =>
    jsonRepresentation({
      name: "kubenotes API",
      version: packageJson.version,
      description:
        "A typed, sourced, bilingual (Korean/English) knowledge graph of containers, Docker, Kubernetes and service meshes.",
      links: {
        concepts: `${API_BASE}/concepts`,
        concept: `${API_BASE}/concepts/{id}`,
        neighbors: `${API_BASE}/concepts/{id}/neighbors`,
        paths: `${API_BASE}/paths?from={id}&to={id}`,
        learningPath: `${API_BASE}/learning-path/{id}`,
        search: `${API_BASE}/search?q={text}`,
        graph: `${API_BASE}/graph`,
        schema: `${API_BASE}/schema`,
        openapi: `${API_BASE}/openapi.json`,
        docs: `${API_BASE}/docs/`,
        problems: `${API_BASE}/problems`,
      },
    }),
  );

  registerOperation(router, store, getOpenApiOperation, () => openApi);

  registerOperation(router, store, listProblemTypesOperation, () =>
    jsonRepresentation({ items: PROBLEM_TYPE_IDS.map(describeProblemType) }),
  );

  registerOperation(router, store, getProblemTypeOperation, ({ path }) => {
    const id = PROBLEM_TYPE_IDS.find((candidate) => candidate === path.type);
    if (!id) throw new RouteNotFoundError(`${API_BASE}/problems/${path.type}`);
    return jsonRepresentation(describeProblemType(id));
  });
}
