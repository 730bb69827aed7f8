/**
 * The server never sends a client to another origin: its only redirects go to fixed paths, and the URLs it
 * puts in headers (Content-Location, Link) are paths built from validated ids, never from the Host or
 * X-Forwarded-* headers a client (or a cache in front) could forge.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureApp } from "./testing/fixture-server.js";
import { createSpecClient } from "./testing/spec-client.js";

const root = mkdtempSync(join(tmpdir(), "kubenotes-redirects-"));
writeFileSync(join(root, "index.html"), "<!doctype html><title>kubenotes</title>");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FORGED = {
  Host: "evil.example",
  "X-Forwarded-Host": "evil.example",
  "X-Forwarded-Proto": "https",
  "X-Original-URL": "//evil.example/",
};

describe("redirects and URLs in headers", () => {
  it.each([
    ["without the viewer", null],
    ["with the viewer", root],
  ])("never point at another origin (%s)", async (_case, webRoot) => {
    const api = createSpecClient(await fixtureApp({ webRoot }));
    for (const url of [
      "/",
      "//evil.example/",
      "//evil.example/%2e%2e",
      "/\\\\evil.example",
      "/api/v1/docs",
      "/api/v1/docs//evil.example",
      "/api/v1/concepts/master",
      "/api/v1/concepts/k8s/neighbors",
      "/api/v1/concepts?limit=2",
    ]) {
      const response = await api.get(url, FORGED);
      expect(response.status, url).toBeLessThan(500);
      for (const header of ["location", "content-location", "link"]) {
        const value = response.headers[header];
        if (value === undefined) continue;
        expect(value, `${url} ${header}`).not.toContain("evil.example");
        // Every URL the server hands out is a path on this server: one slash, no scheme.
        for (const target of value.match(/<([^>]*)>/g) ?? [value])
          expect(target.replace(/^<|>$/g, ""), `${url} ${header}`).toMatch(/^\/(?![/\\])/);
      }
    }
  });
});
