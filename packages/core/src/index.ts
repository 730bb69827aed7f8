/** Public surface of @kubenotes/core. Re-exports only. */

export { closestIds } from "./content/closest-ids.js";
export { type ConceptCounts, countConcepts } from "./content/count-concepts.js";
export { readContentFiles } from "./content/load-content.js";
export { type ParsedConceptFile, parseConceptFile, type RelationSite } from "./content/parse-concept-file.js";
export { type ParseConceptFilesOptions, parseConceptFiles } from "./content/parse-concept-files.js";
export { parseOutline } from "./content/parse-outline.js";
export {
  type ContentFile,
  type ContentValidation,
  validateContent,
  validateParsedContent,
} from "./content/validate-content.js";
export {
  ConceptNotFoundError,
  type ContentProblem,
  type ContentProblemCode,
  ContentValidationError,
  formatContentProblem,
  InvalidArgumentError,
  NoPathError,
  SnapshotError,
} from "./errors.js";
export { buildGraph } from "./graph/build-graph.js";
export {
  type ConceptAttributes,
  edgeKey,
  type KnowledgeGraph,
  type KnowledgeGraphAttributes,
  type RelationAttributes,
  type RelationEdge,
} from "./graph/knowledge-graph.js";
export { loadKnowledge } from "./graph/load-knowledge.js";
export { normalizeName } from "./graph/normalize-name.js";
export { computeLayout, type Layout, type LayoutOptions, type Position } from "./layout/compute-layout.js";
export {
  type Bilingual,
  bilingualTextSchema,
  DEFAULT_LANGUAGE,
  isLanguage,
  LANGUAGES,
  type Label,
  type Language,
} from "./model/bilingual.js";
export {
  CONCEPT_ID_PATTERN,
  type Concept,
  type ConceptFrontMatter,
  type ConceptFrontMatterInput,
  conceptFrontMatterSchema,
  conceptIdSchema,
  eventDateSchema,
  type Relations,
  relationsSchema,
  type Source,
  sourceSchema,
} from "./model/concept-schema.js";
export { describeSchema, type SchemaDescription } from "./model/describe-schema.js";
export { isKind, KIND_LABELS, KINDS, type Kind } from "./model/kinds.js";
export { isLevel, LEVEL_LABELS, LEVELS, type Level } from "./model/levels.js";
export {
  type NoteOutline,
  noteOutlineSchema,
  type OutlineSection,
  outlineSectionSchema,
} from "./model/outline-schema.js";
export {
  ACYCLIC_RELATION_TYPES,
  isRelationType,
  LEARNING_ORDER_RELATION_TYPES,
  RELATION_TYPE_IDS,
  RELATION_TYPES,
  type RelationType,
  type RelationTypeSpec,
} from "./model/relations.js";
export { STATUS_LABELS, STATUSES, type Status } from "./model/statuses.js";
export { isTag, TAG_LABELS, TAGS, type Tag } from "./model/tags.js";
export { type ConceptRelations, conceptRelations } from "./queries/concept-relations.js";
export { getConcept, resolveConceptId } from "./queries/get-concept.js";
export { inducedSubgraph } from "./queries/induced-subgraph.js";
export { learningPath } from "./queries/learning-path.js";
export { type ConceptFilter, listConcepts } from "./queries/list-concepts.js";
export { MAX_NEIGHBOR_DEPTH, type NeighborsOptions, neighbors, type Subgraph } from "./queries/neighbors.js";
export { shortestPath } from "./queries/shortest-path.js";
export { DIRECTIONS, type Direction, type TraversalOptions } from "./queries/traversal-options.js";
export {
  createSearchIndex,
  processSearchTerm,
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchIndex,
  toSearchDocument,
} from "./search/create-search-index.js";
export { choseongForms, hasHangul, isChoseongQuery, stripParticle } from "./search/korean.js";
export {
  MAX_QUERY_LENGTH,
  MAX_SEARCH_LIMIT,
  type SearchConceptsOptions,
  type SearchHit,
  searchConcepts,
} from "./search/search-concepts.js";
export {
  createSnapshot,
  hashConcepts,
  type LoadedSnapshot,
  readSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type SnapshotHeader,
} from "./snapshot/snapshot.js";
