import { pino } from "pino";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";

/** An app whose request log (pino, level info) is collected as text. */
async function loggedApp() {
  const lines: string[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(line) });
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
