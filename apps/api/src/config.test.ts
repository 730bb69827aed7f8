import { conceptsDirectory, snapshotPath } from "@kubenotes/knowledge";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_SERVER_SETTINGS, loadConfig } from "./config.js";

function issuesOf(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("defaults to 127.0.0.1:3000, the built snapshot and the documented settings", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: "127.0.0.1",
      port: 3000,
      logLevel: "info",
      contentDirectory: null,
      watch: false,
      watchDebounceMs: 150,
      shutdownTimeoutMs: 10_000,
      timeouts: { headersMs: 20_000, requestMs: 30_000, keepAliveMs: 5_000 },
    });
    expect(config.snapshotPath).toBe(snapshotPath);
    expect(config.server).toEqual(DEFAULT_SERVER_SETTINGS);
    expect(config.server.rateLimitPerMinute).toBe(600);
    expect(config.server.corsOrigins).toBe("*");
    expect(config.server.webRoot?.replaceAll("\\", "/")).toMatch(/apps\/web\/dist$/);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      HOST: "0.0.0.0",
      PORT: "8080",
      LOG_LEVEL: "warn",
      KUBENOTES_CONTENT: "/srv/concepts",
      KUBENOTES_SNAPSHOT: "/srv/snapshot.json",
      KUBENOTES_WEB_ROOT: "/srv/web",
      KUBENOTES_CORS_ORIGINS: "https://a.example.org, https://b.example.org/",
      KUBENOTES_RATE_LIMIT: "0",
      KUBENOTES_TRUST_PROXY: "1",
      KUBENOTES_CACHE_MAX_AGE: "60",
      KUBENOTES_SHUTDOWN_TIMEOUT_MS: "500",
      KUBENOTES_HEADERS_TIMEOUT_MS: "1000",
      KUBENOTES_REQUEST_TIMEOUT_MS: "2000",
      KUBENOTES_KEEP_ALIVE_TIMEOUT_MS: "3000",
      KUBENOTES_WATCH_DEBOUNCE_MS: "20",
    });
    expect(config).toMatchObject({
      host: "0.0.0.0",
      port: 8080,
      logLevel: "warn",
      contentDirectory: "/srv/concepts",
      snapshotPath: "/srv/snapshot.json",
      shutdownTimeoutMs: 500,
      watchDebounceMs: 20,
      timeouts: { headersMs: 1000, requestMs: 2000, keepAliveMs: 3000 },
    });
    expect(config.server).toMatchObject({
      webRoot: "/srv/web",
      corsOrigins: ["https://a.example.org", "https://b.example.org"],
      rateLimitPerMinute: 0,
      trustProxy: 1,
      cacheMaxAgeSeconds: 60,
    });
  });

  it("treats empty values as unset and understands none and true", () => {
    const config = loadConfig({
      PORT: "",
      KUBENOTES_WEB_ROOT: "none",
      KUBENOTES_CORS_ORIGINS: "none",
      KUBENOTES_TRUST_PROXY: "true",
    });
    expect(config.port).toBe(3000);
    expect(config.server.webRoot).toBeNull();
    expect(config.server.corsOrigins).toEqual([]);
    expect(config.server.trustProxy).toBe(true);
    expect(loadConfig({ KUBENOTES_TRUST_PROXY: "loopback" }).server.trustProxy).toBe("loopback");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["PORT", "-1"],
    ["PORT", "80.5"],
    ["LOG_LEVEL", "loud"],
    ["KUBENOTES_RATE_LIMIT", "lots"],
    ["KUBENOTES_CORS_ORIGINS", "example.org"],
    ["KUBENOTES_CACHE_MAX_AGE", "-5"],
    ["KUBENOTES_SHUTDOWN_TIMEOUT_MS", "soon"],
    ["KUBENOTES_HEADERS_TIMEOUT_MS", "0"],
    ["KUBENOTES_REQUEST_TIMEOUT_MS", "forever"],
    ["KUBENOTES_KEEP_ALIVE_TIMEOUT_MS", "-1"],
    ["KUBENOTES_WATCH_DEBOUNCE_MS", "1s"],
  ])("refuses %s=%s, naming the variable and the bad value", (variable, value) => {
    const issues = issuesOf({ [variable]: value });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.variable).toBe(variable);
    expect(issues[0]?.message).toContain(value);
  });

  it("reports every invalid variable at once, on one line", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "x", LOG_LEVEL: "y" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual(["PORT", "LOG_LEVEL"]);
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses a headers timeout longer than the request timeout", () => {
    const issues = issuesOf({ KUBENOTES_HEADERS_TIMEOUT_MS: "5000", KUBENOTES_REQUEST_TIMEOUT_MS: "1000" });
    expect(issues.map((issue) => issue.variable)).toEqual(["KUBENOTES_HEADERS_TIMEOUT_MS"]);
  });

  it("--watch watches the embedded concepts, or KUBENOTES_CONTENT when set", () => {
    expect(loadConfig({}, ["--watch"])).toMatchObject({ watch: true, contentDirectory: conceptsDirectory });
    expect(loadConfig({ KUBENOTES_CONTENT: "/srv/concepts" }, ["--watch"])).toMatchObject({
      watch: true,
      contentDirectory: "/srv/concepts",
    });
  });

  it("--watch makes browsers revalidate API responses at once, unless a max-age is set", () => {
    expect(loadConfig({}, ["--watch"]).server.cacheMaxAgeSeconds).toBe(0);
    expect(loadConfig({ KUBENOTES_CACHE_MAX_AGE: "60" }, ["--watch"]).server.cacheMaxAgeSeconds).toBe(60);
  });

  it.each([["--wacth"], ["--watch=yes"], ["serve"], ["--port", "80"]])(
    "refuses the arguments %s",
    (...argv) => {
      let error: unknown;
      try {
        loadConfig({}, argv);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.variable)).toEqual(["arguments"]);
    },
  );
});
