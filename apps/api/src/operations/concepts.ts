/** Operations on concepts: the paged list, one concept, its neighbourhood. */
import { KINDS, LEVELS, MAX_NEIGHBOR_DEPTH, STATUSES, TAGS } from "@kubenotes/core";
import {
  conceptKeyParameter,
  cursorParameter,
  directionParameter,
  langParameter,
  relationParameter,
} from "../schemas/common-parameters.js";
import { conceptListSchema, conceptSchema } from "../schemas/concept.js";
import { defineOperation } from "../schemas/operation.js";
import { enumParameter, integerParameter } from "../schemas/parameter.js";
import { neighborsSchema } from "../schemas/subgraph.js";

/** Largest page of /concepts. */
export const MAX_PAGE_SIZE = 200;

export const listConceptsOperation = defineOperation({
  operationId: "listConcepts",
  path: "/concepts",
  summary: "List concepts",
  description: "Concept summaries in id order, filtered by kind, tag, level and status, a page at a time.",
  tag: "concepts",
  pathParameters: {},
  queryParameters: {
    lang: langParameter,
    kind: enumParameter(KINDS, { description: "Only this kind." }),
    tag: enumParameter(TAGS, { description: "Only concepts with this tag." }),
    level: enumParameter(LEVELS, { description: "Only this level." }),
    status: enumParameter(STATUSES, { description: "Only this status." }),
    limit: integerParameter({ description: "Page size.", min: 1, max: MAX_PAGE_SIZE, default: 50 }),
    cursor: cursorParameter,
  },
  success: {
    description: 'A page of concept summaries. A `Link: <…>; rel="next"` header points at the next page.',
    content: { "application/json": { schema: conceptListSchema } },
  },
  problems: [],
});

export const getConceptOperation = defineOperation({
  operationId: "getConcept",
  path: "/concepts/{id}",
  summary: "Get a concept",
  description:
    "One concept with its typed, labelled relations in both directions. An alias or name answers with the same body " +
    "(canonical `id`) and a `Content-Location` header naming the canonical URL.",
  tag: "concepts",
  pathParameters: { id: conceptKeyParameter("The concept.") },
  queryParameters: { lang: langParameter },
  success: { description: "The concept.", content: { "application/json": { schema: conceptSchema } } },
  problems: ["concept-not-found"],
});

export const getNeighborsOperation = defineOperation({
  operationId: "getNeighbors",
  path: "/concepts/{id}/neighbors",
  summary: "Neighbourhood of a concept",
  description: "The concepts within `depth` relations of a concept, and the relations walked, as a subgraph.",
  tag: "concepts",
  pathParameters: { id: conceptKeyParameter("The center concept.") },
  queryParameters: {
    lang: langParameter,
    depth: integerParameter({
      description: "How many relations away.",
      min: 1,
      max: MAX_NEIGHBOR_DEPTH,
      default: 1,
    }),
    relation: relationParameter,
    direction: directionParameter,
  },
  success: {
    description: "The neighbourhood.",
    content: { "application/json": { schema: neighborsSchema } },
  },
  problems: ["concept-not-found"],
});
