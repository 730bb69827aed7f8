import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

/** `RateLimit: limit=3, remaining=0, reset=42` (IETF draft 7) as numbers. */
function parseRateLimit(header: string | undefined): Record<string, number> {
  return Object.fromEntries(
    (header ?? "").split(",").map((part) => {
      const [name, value] = part.trim().split("=");
      return [name, Number(value)];
    }),
  );
}

describe("the rate limit", () => {
  it("counts down in RateLimit headers, then answers 429 problem+json with Retry-After", async () => {
    const api = createSpecClient(await fixtureApp({ rateLimitPerMinute: 5 }));
    for (let index = 0; index < 5; index++) {
      const response = await api.get("/api/v1/search?q=pod");
      expect(response.status).toBe(200);
      expect(response.headers["ratelimit-policy"]).toBe("5;w=60");
      const limit = parseRateLimit(response.headers.ratelimit);
      expect(limit).toMatchObject({ limit: 5, remaining: 4 - index });
      expect(limit.reset).toBeGreaterThan(0);
      expect(limit.reset).toBeLessThanOrEqual(60);
    }
    const refused = await api.get("/api/v1/concepts/pod");
    expect(refused.status).toBe(429);
    expect(refused.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(refused.headers["cache-control"]).toBe("no-store");
    expect(refused.body).toMatchObject({ type: "/api/v1/problems/too-many-requests", status: 429, limit: 5 });
    expect(parseRateLimit(refused.headers.ratelimit)).toMatchObject({ limit: 5, remaining: 0 });
    const retryAfter = Number(refused.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("cannot be dodged with a made-up X-Forwarded-For unless a proxy is trusted", async () => {
    const api = createSpecClient(await fixtureApp({ rateLimitPerMinute: 2 }));
    for (let index = 0; index < 4; index++)
      await api.get("/api/v1/schema", { "X-Forwarded-For": `203.0.113.${index}` });
    expect((await api.get("/api/v1/schema", { "X-Forwarded-For": "198.51.100.7" })).status).toBe(429);

    const proxied = createSpecClient(await fixtureApp({ rateLimitPerMinute: 2, trustProxy: "loopback" }));
    for (let index = 0; index < 2; index++)
      expect((await proxied.get("/api/v1/schema", { "X-Forwarded-For": "203.0.113.1" })).status).toBe(200);
    expect((await proxied.get("/api/v1/schema", { "X-Forwarded-For": "203.0.113.1" })).status).toBe(429);
    expect((await proxied.get("/api/v1/schema", { "X-Forwarded-For": "203.0.113.2" })).status).toBe(200);
  });

  it("leaves the viewer's files and the health checks alone", async () => {
    const api = createSpecClient(await fixtureApp({ rateLimitPerMinute: 1 }));
    expect((await api.get("/api/v1/schema")).status).toBe(200);
    expect((await api.get("/api/v1/schema")).status).toBe(429);
    expect((await api.get("/readyz")).status).toBe(200);
    expect((await api.get("/api/v1/healthz")).status).toBe(200);
  });
});
