/** Operations that walk the graph between concepts: shortest paths and learning paths. */
import {
  conceptKeyParameter,
  directionParameter,
  langParameter,
  relationParameter,
} from "../schemas/common-parameters.js";
import { defineOperation } from "../schemas/operation.js";
import { learningPathSchema, pathSchema } from "../schemas/subgraph.js";

export const findPathOperation = defineOperation({
  operationId: "findPath",
  path: "/paths",
  summary: "Shortest path between two concepts",
  description:
    "The shortest chain of typed relations from one concept to another (fewest edges). With direction=both an edge " +
    "may be walked against its direction; each edge keeps its real source, target and type.",
  tag: "traversal",
  pathParameters: {},
  queryParameters: {
    from: conceptKeyParameter("Where the path starts."),
    to: conceptKeyParameter("Where the path ends."),
    relation: relationParameter,
    direction: directionParameter,
    lang: langParameter,
  },
  success: { description: "The path.", content: { "application/json": { schema: pathSchema } } },
  problems: ["concept-not-found", "no-path"],
});

export const getLearningPathOperation = defineOperation({
  operationId: "getLearningPath",
  path: "/learning-path/{id}",
  summary: "What to learn first",
  description:
    "Everything to study before a concept, foundations first, following `prerequisite`, `is-a` and `part-of`. " +
    "Each step comes after everything it depends on; ties break by id.",
  tag: "traversal",
  pathParameters: { id: conceptKeyParameter("The concept to learn.") },
  queryParameters: { lang: langParameter },
  success: {
    description: "The learning path.",
    content: { "application/json": { schema: learningPathSchema } },
  },
  problems: ["concept-not-found"],
});
