/**
 * No prototype pollution through the query or the path: the query parser is express's "simple" one (flat
 * keys, `a[b]=c` stays a key named `a[b]`), and unknown keys are refused before anything reads them.
 */
import { describe, expect, it } from "vitest";
import { fixtureApp } from "./testing/fixture-server.js";
import { createSpecClient } from "./testing/spec-client.js";

const api = createSpecClient(await fixtureApp());

const QUERIES = [
  "__proto__[polluted]=1",
  "__proto__.polluted=1",
  "__proto__=polluted",
  "constructor[prototype][polluted]=1",
  "constructor.prototype.polluted=1",
  "constructor=1",
  "toString=1",
  "hasOwnProperty=1",
  "q[__proto__][polluted]=1",
  "q=pod&__proto__[polluted]=1",
  "__proto__[polluted]=1&__proto__[polluted]=2",
];
const PATHS = [
  "/api/v1/concepts",
  "/api/v1/search",
  "/api/v1/concepts/pod",
  "/api/v1/graph",
  "/api/v1/paths",
];

describe("prototype pollution", () => {
  it.each(QUERIES)("?%s is refused as an unknown parameter and reaches no prototype", async (query) => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const path of PATHS) {
      const response = await api.get(`${path}?${query}`);
      expect(response.status, path).toBe(400);
      expect(response.body.type).toBe("/api/v1/problems/invalid-parameter");
      expect(response.body.invalidParams.length).toBeGreaterThan(0);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    // And the server still answers normally.
    expect((await api.get("/api/v1/concepts/pod")).status).toBe(200);
  });

  it.each([
    "/api/v1/concepts/__proto__",
    "/api/v1/concepts/constructor",
    "/api/v1/concepts/prototype/neighbors",
    "/api/v1/learning-path/hasOwnProperty",
    "/api/v1/problems/__proto__",
    "/api/v1/problems/toString",
  ])("%s is an unknown resource, not an object member", async (url) => {
    const response = await api.get(url);
    expect(response.status).toBe(404);
    expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});
