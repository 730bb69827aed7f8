import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const root = mkdtempSync(join(tmpdir(), "kubenotes-web-"));
mkdirSync(join(root, "assets"));
writeFileSync(
  join(root, "index.html"),
  '<!doctype html><title>kubenotes</title><script type="module" src="/assets/app-abc123.js"></script>',
);
writeFileSync(join(root, "assets", "app-abc123.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const api = createSpecClient(await fixtureApp({ webRoot: root }));

describe("the web viewer", () => {
  it("is served at /", async () => {
    const response = await api.get("/");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.text).toContain("<title>kubenotes</title>");
    expect(response.headers["cache-control"]).toBe("no-cache");
  });

  it("serves its hashed assets as immutable, compressed", async () => {
    const response = await api.get("/assets/app-abc123.js", { "Accept-Encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect((await api.get("/favicon.svg")).headers["cache-control"]).toBe("no-cache");
  });

  it.each(["/concept/pod", "/path/kubectl/pod?lang=en", "/deep/ly/nested"])(
    "falls back to index.html for the page route %s",
    async (url) => {
      const response = await api.get(url);
      expect(response.status).toBe(200);
      expect(response.text).toContain("<title>kubenotes</title>");
    },
  );

  it.each(["/api/v1/nothing", "/api/anything", "/api/v1/concepts/nope"])(
    "never falls back for %s",
    async (url) => {
      const response = await api.get(url);
      expect(response.status).toBe(404);
      expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
    },
  );

  it("answers 404 for a missing file with an extension", async () => {
    expect((await api.get("/assets/missing-123.js")).status).toBe(404);
  });

  it("does not serve files outside its root", async () => {
    for (const url of [
      "/..%2f..%2fetc%2fpasswd",
      "/assets/..%2f..%2fpackage.json",
      "/%2e%2e/%2e%2e/etc/passwd",
    ]) {
      const response = await api.get(url);
      expect(response.text ?? "", url).not.toContain("root:");
      expect([200, 400, 404], url).toContain(response.status);
    }
  });

  it("answers 405 to other methods on page routes", async () => {
    expect((await api.send("POST", "/concept/pod")).status).toBe(405);
  });
});
