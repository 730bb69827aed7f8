/** The API as `npm start` runs it (`node apps/api/dist/main.js`), configured the way its config.ts reads it. */
import { apiEntry } from "./locate.js";
import { type ServerProcess, spawnServer } from "./spawn-server.js";

export interface ApiSource {
  /** A snapshot file (KUBENOTES_SNAPSHOT), or… */
  snapshot?: string;
  /** …a content folder to load, validate and lay out at start (KUBENOTES_CONTENT). */
  content?: string;
}

export interface StartApiOptions {
  source: ApiSource;
  port: number;
  /** The environment without settings of ours (BenchConfig.childEnvironment). */
  env: Readonly<Record<string, string>>;
  /** KUBENOTES_WEB_ROOT; default "none" (no viewer). */
  webRoot?: string;
  /** LOG_LEVEL; default unset, i.e. the API's own default (info: errors, slow requests and 4xx only). */
  logLevel?: string;
}

export function startApi(options: StartApiOptions): ServerProcess {
  const env: Record<string, string> = {
    ...options.env,
    HOST: "127.0.0.1",
    PORT: String(options.port),
    // The default 600 requests per minute would answer a load test with 429s.
    KUBENOTES_RATE_LIMIT: "0",
    KUBENOTES_WEB_ROOT: options.webRoot ?? "none",
  };
  if (options.source.content) env.KUBENOTES_CONTENT = options.source.content;
  if (options.source.snapshot) env.KUBENOTES_SNAPSHOT = options.source.snapshot;
  if (options.logLevel) env.LOG_LEVEL = options.logLevel;
  // Unless told otherwise, request logging stays at the level it ships with; its output goes to /dev/null.
  return spawnServer("API", [apiEntry()], env);
}
