/** Every operation, in the order the OpenAPI document lists them. */
import type { Operation } from "../schemas/operation.js";
import { getConceptOperation, getNeighborsOperation, listConceptsOperation } from "./concepts.js";
import { getGraphOperation } from "./graph.js";
import { searchOperation } from "./search.js";
import {
  getHealthOperation,
  getIndexOperation,
  getOpenApiOperation,
  getProblemTypeOperation,
  getReadinessOperation,
  getSchemaOperation,
  listProblemTypesOperation,
} from "./service.js";
import { findPathOperation, getLearningPathOperation } from "./traversal.js";

export const ALL_OPERATIONS: readonly Operation[] = [
  listConceptsOperation,
  getConceptOperation,
  getNeighborsOperation,
  findPathOperation,
  getLearningPathOperation,
  searchOperation,
  getGraphOperation,
  getSchemaOperation,
  getIndexOperation,
  getOpenApiOperation,
  listProblemTypesOperation,
  getProblemTypeOperation,
  getHealthOperation,
  getReadinessOperation,
];
