/**
 * The one place that reads the environment: every setting of the API, with its default, validated once at
 * start-up and passed down. Nothing else in the app reads `process.env`.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { snapshotPath as knowledgeSnapshotPath } from "@kubenotes/knowledge";
import { z } from "zod";

/** Settings the HTTP application itself uses (createServer). Every field has a default. */
export interface ServerSettings {
  /** Origins allowed by CORS: `"*"` any origin (default; the data is public and read-only), or an exact list (`[]` = none). */
  corsOrigins: "*" | string[];
  /** Requests per minute and client IP on `/api`; `0` turns the limit off (default 600). */
  rateLimitPerMinute: number;
  /** express `trust proxy`: `false` (default), `true`, a hop count, or a list of trusted addresses/subnets. */
  trustProxy: boolean | number | string;
  /** `max-age` of API responses in seconds (default 300); clients revalidate with `If-None-Match` afterwards. */
  cacheMaxAgeSeconds: number;
  /** Longest request target (path + query) in bytes; longer ones get 414 (default 4096). */
  maxUrlLength: number;
  /** Largest request body in bytes; the API reads no bodies, bigger ones get 413 (default 1024). */
  maxBodyBytes: number;
  /** Directory of the built web viewer, or `null` for none (default `apps/web/dist`; used only if it has index.html). */
  webRoot: string | null;
}

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** Everything the entry file needs. */
export interface Config {
  /** Interface to listen on (`HOST`, default `127.0.0.1`). */
  host: string;
  /** Port to listen on (`PORT`, default 3000; 0 picks a free port). */
  port: number;
  /** pino level of the request log (`LOG_LEVEL`, default `info`). */
  logLevel: LogLevel;
  /** Content directory to load and validate instead of the snapshot (`KUBENOTES_CONTENT`, default none). */
  contentDirectory: string | null;
  /** Snapshot file (`KUBENOTES_SNAPSHOT`, default the one `@kubenotes/knowledge` builds). */
  snapshotPath: string;
  /** How long shutdown waits for in-flight requests before giving up (`KUBENOTES_SHUTDOWN_TIMEOUT_MS`, default 10000). */
  shutdownTimeoutMs: number;
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

/** One invalid environment variable. */
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
  KUBENOTES_CACHE_MAX_AGE: integer(0, 31_536_000).default(300),
  KUBENOTES_SHUTDOWN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
});

/**
 * @param env the environment (default `process.env`); empty values count as unset
 * @throws ConfigError naming every invalid variable and what it accepts
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const present: Record<string, string> = {};
  for (const key of Object.keys(environmentSchema.shape)) {
    const value = env[key]?.trim();
    if (value) present[key] = value;
  }
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        const value = present[variable];
        return {
          variable,
          message: value === undefined ? issue.message : `${issue.message}, got "${value}"`,
        };
      }),
    );
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    contentDirectory: values.KUBENOTES_CONTENT ?? null,
    snapshotPath: values.KUBENOTES_SNAPSHOT,
    shutdownTimeoutMs: values.KUBENOTES_SHUTDOWN_TIMEOUT_MS,
    server: {
      ...DEFAULT_SERVER_SETTINGS,
      corsOrigins: values.KUBENOTES_CORS_ORIGINS,
      rateLimitPerMinute: values.KUBENOTES_RATE_LIMIT,
      trustProxy: values.KUBENOTES_TRUST_PROXY,
      cacheMaxAgeSeconds: values.KUBENOTES_CACHE_MAX_AGE,
      webRoot: values.KUBENOTES_WEB_ROOT,
    },
  };
}
