/**
 * The one place that reads the environment: every setting of the API, with its default, validated once at
 * start-up and passed down. Nothing else in the app reads `process.env`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { conceptsDirectory, snapshotPath as knowledgeSnapshotPath } from "@kubenotes/knowledge";
import { z } from "zod";

/** Settings the HTTP application itself uses (createServer). Every field has a default. */
export interface ServerSettings {
  /** Origins allowed by CORS: `"*"` any origin (default; the data is public and read-only), or an exact list (`[]` = none). */
  corsOrigins: "*" | string[];
  /** Requests per minute and client IP on `/api`; `0` turns the limit off (default 600). */
  rateLimitPerMinute: number;
  /** express `trust proxy`: `false` (default), `true`, a hop count, or a list of trusted addresses/subnets. */
  trustProxy: boolean | number | string;
  /**
   * `max-age` of API responses in seconds (`KUBENOTES_CACHE_MAX_AGE`, default 300; with `--watch`, 0); clients
   * revalidate with `If-None-Match` afterwards.
   */
  cacheMaxAgeSeconds: number;
  /** Longest request target (path + query) in bytes; longer ones get 414 (default 4096). */
  maxUrlLength: number;
  /** Largest request body in bytes; the API reads no bodies, bigger ones get 413 (default 1024). */
  maxBodyBytes: number;
  /** Directory of the built web viewer, or `null` for none (default `apps/web/dist`; used only if it has index.html). */
  webRoot: string | null;
}

/** Slow-client defences of the HTTP server (node:http), in milliseconds. */
export interface ServerTimeouts {
  /** A request's headers must arrive within this (`KUBENOTES_HEADERS_TIMEOUT_MS`, default 20000; at most `requestMs`). */
  headersMs: number;
  /** A whole request must arrive within this (`KUBENOTES_REQUEST_TIMEOUT_MS`, default 30000). */
  requestMs: number;
  /** An idle keep-alive connection is closed after this (`KUBENOTES_KEEP_ALIVE_TIMEOUT_MS`, default 5000). */
  keepAliveMs: number;
}

export const DEFAULT_TIMEOUTS: ServerTimeouts = Object.freeze({
  headersMs: 20_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
});

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** Everything the entry file needs. */
export interface Config {
  /** Interface to listen on (`HOST`, default `127.0.0.1`). */
  host: string;
  /** Port to listen on (`PORT`, default 3000; 0 picks a free port). */
  port: number;
  /** pino level of the request log (`LOG_LEVEL`, default `info`). */
  logLevel: LogLevel;
  /**
   * Content directory to load and validate instead of the snapshot (`KUBENOTES_CONTENT`, default none; with
   * `--watch`, default the embedded concepts of @kubenotes/knowledge).
   */
  contentDirectory: string | null;
  /** `--watch`: reload the content directory when its files change (default false). */
  watch: boolean;
  /** Quiet time after the last file event before a reload starts (`KUBENOTES_WATCH_DEBOUNCE_MS`, default 150). */
  watchDebounceMs: number;
  /** Snapshot file (`KUBENOTES_SNAPSHOT`, default the one `@kubenotes/knowledge` builds). */
  snapshotPath: string;
  /** How long shutdown waits for in-flight requests before giving up (`KUBENOTES_SHUTDOWN_TIMEOUT_MS`, default 10000). */
  shutdownTimeoutMs: number;
  /** Slow-client defences (`KUBENOTES_*_TIMEOUT_MS`, defaults in DEFAULT_TIMEOUTS). */
  timeouts: ServerTimeouts;
  server: ServerSettings;
}

/** The web app's build output, relative to this package (dist/ and src/ sit at the same depth). */
const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

export const DEFAULT_SERVER_SETTINGS: ServerSettings = Object.freeze({
  corsOrigins: "*",
  rateLimitPerMinute: 600,
  trustProxy: false,
  cacheMaxAgeSeconds: 300,
  maxUrlLength: 4096,
  maxBodyBytes: 1024,
  webRoot: DEFAULT_WEB_ROOT,
});

/** One invalid environment variable, or the command-line arguments (`variable: "arguments"`). */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Thrown by loadConfig with every invalid variable; the message is one line. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly issues: readonly ConfigIssue[];
  constructor(issues: readonly ConfigIssue[]) {
    super(
      `invalid configuration: ${issues.map((issue) => `${issue.variable}: ${issue.message}`).join("; ")}`,
    );
    this.issues = issues;
  }
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,10}$/, `expected an integer from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `expected an integer from ${min} to ${max}`)
        .max(max, `expected an integer from ${min} to ${max}`),
    );

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const ORIGIN = /^https?:\/\/[^\s/,]+$/;

/** Paths are resolved against the working directory once, here. */
function toAbsolute(path: string): string {
  return resolve(path);
}

const environmentSchema = z.object({
  HOST: z.string().default("127.0.0.1"),
  PORT: integer(0, 65535).default(3000),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  KUBENOTES_CONTENT: z.string().transform(toAbsolute).optional(),
  KUBENOTES_SNAPSHOT: z.string().transform(toAbsolute).default(knowledgeSnapshotPath),
  KUBENOTES_WEB_ROOT: z
    .string()
    .transform((value) => (value === "none" ? null : toAbsolute(value)))
    .default(DEFAULT_WEB_ROOT),
  KUBENOTES_CORS_ORIGINS: z
    .string()
    .transform((value, context): "*" | string[] => {
      if (value === "*") return "*";
      if (value === "none") return [];
      const origins = value.split(",").map((origin) => origin.trim().replace(/\/$/, ""));
      for (const origin of origins) {
        if (!ORIGIN.test(origin)) {
          context.addIssue({
            code: "custom",
            message: `expected "*", "none" or comma-separated origins like https://example.org, got "${origin}"`,
          });
        }
      }
      return origins;
    })
    .default("*"),
  KUBENOTES_RATE_LIMIT: integer(0, 1_000_000).default(600),
  KUBENOTES_TRUST_PROXY: z
    .string()
    .transform((value): boolean | number | string => {
      if (value === "true") return true;
      if (value === "false") return false;
      return /^\d+$/.test(value) ? Number(value) : value;
    })
    .default(false),
  KUBENOTES_CACHE_MAX_AGE: integer(0, 31_536_000).optional(),
  KUBENOTES_SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  KUBENOTES_HEADERS_TIMEOUT_MS: integer(100, 600_000).default(DEFAULT_TIMEOUTS.headersMs),
  KUBENOTES_REQUEST_TIMEOUT_MS: integer(100, 600_000).default(DEFAULT_TIMEOUTS.requestMs),
  KUBENOTES_KEEP_ALIVE_TIMEOUT_MS: integer(100, 600_000).default(DEFAULT_TIMEOUTS.keepAliveMs),
  KUBENOTES_WATCH_DEBOUNCE_MS: integer(0, 60_000).default(150),
});

/** Command-line flags of the entry file. */
const FLAGS = { watch: { type: "boolean", default: false } } as const;

function parseFlags(argv: readonly string[]): { flags?: { watch: boolean }; issues: ConfigIssue[] } {
  try {
    const { values } = parseArgs({ args: [...argv], options: FLAGS, strict: true, allowPositionals: false });
    return { flags: { watch: values.watch }, issues: [] };
  } catch {
    const shown = argv.join(" ");
    return { issues: [{ variable: "arguments", message: `expected nothing or --watch, got "${shown}"` }] };
  }
}

/**
 * @param env the environment (default `process.env`); empty values count as unset
 * @param argv command-line arguments after the script name (default none; `--watch` is the only flag)
 * @throws ConfigError naming every invalid variable or argument and what it accepts
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  argv: readonly string[] = [],
): Config {
  const present: Record<string, string> = {};
  for (const key of Object.keys(environmentSchema.shape)) {
    const value = env[key]?.trim();
    if (value) present[key] = value;
  }
  const parsed = environmentSchema.safeParse(present);
  const { flags, issues } = parseFlags(argv);
  if (!parsed.success) {
    issues.unshift(
      ...parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        const value = present[variable];
        return {
          variable,
          message: value === undefined ? issue.message : `${issue.message}, got "${value}"`,
        };
      }),
    );
  } else if (parsed.data.KUBENOTES_HEADERS_TIMEOUT_MS > parsed.data.KUBENOTES_REQUEST_TIMEOUT_MS) {
    // node:http refuses a headers timeout longer than the request timeout.
    issues.unshift({
      variable: "KUBENOTES_HEADERS_TIMEOUT_MS",
      message: `expected at most KUBENOTES_REQUEST_TIMEOUT_MS (${parsed.data.KUBENOTES_REQUEST_TIMEOUT_MS}), got "${parsed.data.KUBENOTES_HEADERS_TIMEOUT_MS}"`,
    });
  }
  if (!parsed.success || !flags || issues.length > 0) throw new ConfigError(issues);
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    contentDirectory: values.KUBENOTES_CONTENT ?? (flags.watch ? conceptsDirectory : null),
    watch: flags.watch,
    watchDebounceMs: values.KUBENOTES_WATCH_DEBOUNCE_MS,
    snapshotPath: values.KUBENOTES_SNAPSHOT,
    shutdownTimeoutMs: values.KUBENOTES_SHUTDOWN_TIMEOUT_MS,
    timeouts: {
      headersMs: values.KUBENOTES_HEADERS_TIMEOUT_MS,
      requestMs: values.KUBENOTES_REQUEST_TIMEOUT_MS,
      keepAliveMs: values.KUBENOTES_KEEP_ALIVE_TIMEOUT_MS,
    },
    server: {
      ...DEFAULT_SERVER_SETTINGS,
      corsOrigins: values.KUBENOTES_CORS_ORIGINS,
      rateLimitPerMinute: values.KUBENOTES_RATE_LIMIT,
      trustProxy: values.KUBENOTES_TRUST_PROXY,
      // While authoring, browsers must revalidate (ETag → 304) so a reload shows at once.
      cacheMaxAgeSeconds:
        values.KUBENOTES_CACHE_MAX_AGE ?? (flags.watch ? 0 : DEFAULT_SERVER_SETTINGS.cacheMaxAgeSeconds),
      webRoot: values.KUBENOTES_WEB_ROOT,
    },
  };
}
