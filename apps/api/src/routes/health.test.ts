import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

describe("health checks", () => {
  it.each(["/healthz", "/api/v1/healthz"])("%s answers ok, never cached", async (url) => {
    const api = createSpecClient(await fixtureApp());
    const response = await api.get(url);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: "ok" });
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers.etag).toBeUndefined();
  });

  it.each(["/readyz", "/api/v1/readyz"])("%s reports the loaded content", async (url) => {
    const api = createSpecClient(await fixtureApp());
    const response = await api.get(url);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ status: "ready", concepts: 23, relations: 35 });
    expect(response.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("/readyz answers 503 and responses close their connection once shutdown begins", async () => {
    let draining = false;
    const api = createSpecClient(await fixtureApp({}, { isDraining: () => draining }));
    expect((await api.get("/readyz")).status).toBe(200);
    draining = true;
    const response = await api.get("/readyz");
    expect(response.status).toBe(503);
    expect(response.body.type).toBe("/api/v1/problems/not-ready");
    expect(response.headers.connection).toBe("close");
    expect((await api.get("/healthz")).status).toBe(200);
  });

  it("is not rate limited", async () => {
    const api = createSpecClient(await fixtureApp({ rateLimitPerMinute: 1 }));
    for (let index = 0; index < 5; index++) expect((await api.get("/healthz")).status).toBe(200);
  });
});
