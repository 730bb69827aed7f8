/** Public surface of @kubenotes/api. Re-exports only. */
export { API_BASE } from "./api-base.js";
export {
  type Config,
  ConfigError,
  type ConfigIssue,
  DEFAULT_SERVER_SETTINGS,
  type LogLevel,
  loadConfig,
  type ServerSettings,
} from "./config.js";
export type { ApiContext, Knowledge } from "./context.js";
export { type CreateServerOptions, createServer } from "./create-server.js";
export type { KnowledgeStore } from "./knowledge-store.js";
export {
  type KnowledgeSourceOptions,
  type LoadedKnowledge,
  loadKnowledgeSource,
  StartupError,
} from "./load-knowledge-source.js";
export {
  createOpenApiDocument,
  type OpenApiDocument,
  serializeOpenApiDocument,
} from "./openapi/create-openapi-document.js";
export { PROBLEM_TYPES, type ProblemTypeId } from "./problem-types.js";
