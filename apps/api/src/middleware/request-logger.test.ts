import express from "express";
import { pino } from "pino";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { errorHandler } from "./error-handler.js";
import { requestLogger } from "./request-logger.js";

/** An app whose request log (pino, at `level`) is collected as text. */
async function loggedApp(level = "debug") {
  const lines: string[] = [];
  const logger = pino({ level }, { write: (line: string) => lines.push(line) });
  const app = await fixtureApp({}, { logger });
  return { app, log: () => lines.join("") };
}

const SECRETS = {
  authorization: "Bearer sk-live-4f9a1c7e2b",
  cookie: "session=s3ss10n-c00k1e-77",
  proxy: "Basic cHJveHk6c2VjcmV0LTk5",
  apiKey: "key-0a9b8c7d6e",
  token: "tok-1234567890abcdef",
  accessToken: "at-fedcba0987654321",
};

describe("the request log", () => {
  it("logs each request without credentials from headers or the query string", async () => {
    const { app, log } = await loggedApp();
    for (const url of [
      "/api/v1/concepts/pod",
      `/api/v1/concepts/pod?token=${SECRETS.token}`,
      `/api/v1/search?q=%ED%8C%8C%EB%93%9C&access_token=${SECRETS.accessToken}`,
      `/api/v1/nothing?${SECRETS.token}`,
      `/concept/pod?api_key=${SECRETS.apiKey}`,
    ]) {
      const response = await request(app)
        .get(url)
        .set("Authorization", SECRETS.authorization)
        .set("Cookie", SECRETS.cookie)
        .set("Proxy-Authorization", SECRETS.proxy)
        .set("X-Api-Key", SECRETS.apiKey);
      expect(response.status).toBeLessThan(500);
    }
    const text = log();
    const entries = text
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(entries.filter((entry) => entry.msg === "request completed")).toHaveLength(5);
    for (const secret of Object.values(SECRETS)) {
      expect(text).not.toContain(secret);
      // Not even a fragment long enough to be useful.
      expect(text).not.toContain(secret.slice(-8));
    }
    expect(text).toContain("/api/v1/concepts/pod?[redacted]");
    // What is useful to read stays: the path, the search text as sent, the status.
    expect(text).toContain("/api/v1/search?q=%ED%8C%8C%EB%93%9C");
    expect(entries.map((entry) => entry.res?.statusCode)).toEqual(expect.arrayContaining([200, 400, 404]));
  });
});

describe("what the request log keeps at each level", () => {
  const entriesOf = (text: string) =>
    text
      .trim()
      .split("\n")
      .filter((line) => line !== "")
      .map((line) => JSON.parse(line) as { level: number; msg: string; res?: { statusCode: number } });

  it("at the shipped level (info) skips successful requests and keeps client errors", async () => {
    const { app, log } = await loggedApp("info");
    await request(app).get("/api/v1/concepts/pod").expect(200);
    await request(app).get("/api/v1/concepts/pod").set("If-None-Match", "*").expect(304);
    await request(app).get("/api/v1/concepts/no-such-concept").expect(404);
    await request(app).get("/api/v1/search?q=x&limit=oops").expect(400);
    const entries = entriesOf(log());
    expect(entries.map((entry) => entry.res?.statusCode)).toEqual([404, 400]);
    expect(entries.every((entry) => entry.level === 30 && entry.msg === "request completed")).toBe(true);
  });

  it("logs a server error at level error with its stack, and a slow request at warn", async () => {
    const lines: string[] = [];
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
    const app = express();
    app.use(requestLogger(logger, { slowMs: 50 }));
    app.get("/boom", () => {
      throw new Error("kaput");
    });
    app.get("/slow", async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 80));
      response.json({ ok: true });
    });
    app.use(errorHandler());
    expect((await request(app).get("/boom")).status).toBe(500);
    expect((await request(app).get("/slow")).status).toBe(200);
    const [failed, slow] = entriesOf(lines.join("")) as [
      { level: number; msg: string; err?: { stack: string } },
      { level: number; msg: string; responseTime: number },
    ];
    expect(failed).toMatchObject({ level: 50, msg: "request failed" });
    expect(failed.err?.stack).toContain("kaput");
    expect(slow).toMatchObject({ level: 40, msg: "slow request" });
    expect(slow.responseTime).toBeGreaterThanOrEqual(50);
  });
});
