import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listen } from "../listen.js";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

// The viewer's root sits next to a file it must never serve.
const parent = mkdtempSync(join(tmpdir(), "kubenotes-web-"));
const SECRET = "TOP-SECRET-CONTENT";
writeFileSync(join(parent, "secret.txt"), SECRET);
const root = join(parent, "dist");
mkdirSync(join(root, "assets"), { recursive: true });
writeFileSync(
  join(root, "index.html"),
  '<!doctype html><title>kubenotes</title><script type="module" src="/assets/app-abc123.js"></script>',
);
writeFileSync(join(root, "assets", "app-abc123.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
writeFileSync(join(root, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
writeFileSync(join(root, "assets", "style-0a1b2c.css"), "body{margin:0}");
writeFileSync(join(root, "assets", "inter-9f8e7d.woff2"), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
writeFileSync(join(root, "manifest.json"), "{}");
writeFileSync(join(root, ".env"), `TOKEN=${SECRET}`);

const app = await fixtureApp({ webRoot: root });
const api = createSpecClient(app);
const server = await listen(app, { host: "127.0.0.1", port: 0 });
afterAll(() => {
  server.close();
  rmSync(parent, { recursive: true, force: true });
});

/** GET with the request target sent exactly as written (fetch and supertest would normalise `\` and `..`). */
function rawGet(target: string): Promise<{ status: number; body: string; type: string }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, path: target, method: "GET" }, (incoming) => {
      let body = "";
      incoming.setEncoding("utf8");
      incoming.on("data", (chunk: string) => {
        body += chunk;
      });
      incoming.on("end", () =>
        resolve({ status: incoming.statusCode ?? 0, body, type: incoming.headers["content-type"] ?? "" }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

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

  it.each([
    "/../secret.txt",
    "/..%2fsecret.txt",
    "/..%2Fsecret.txt",
    "/assets/..%2f..%2fsecret.txt",
    "/%2e%2e/secret.txt",
    "/%2e%2e%2fsecret.txt",
    "/assets/%2e%2e/%2e%2e/secret.txt",
    "/.%2e/secret.txt",
    "/%252e%252e/secret.txt",
    "/..\\secret.txt",
    "/assets\\..\\..\\secret.txt",
    "/..%5csecret.txt",
    "/assets/..%5c..%5csecret.txt",
    "/secret.txt%00.js",
    "/index.html%00",
    "/%00",
    "/assets/app-abc123.js%00.html",
    "/..%c0%afsecret.txt",
    "/.env",
    "/%2eenv",
    "/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  ])(
    "answers %s with a 4xx problem, never a file outside its root, a dotfile or the page",
    async (target) => {
      const { status, body, type } = await rawGet(target);
      expect(body).not.toContain(SECRET);
      expect(body).not.toMatch(/root:.*:0:0:/);
      expect([400, 404]).toContain(status);
      expect(type).toMatch(/^application\/problem\+json/);
    },
  );

  it.each([
    ["/", "text/html; charset=utf-8", "no-cache"],
    ["/assets/app-abc123.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/assets/style-0a1b2c.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable"],
    ["/assets/inter-9f8e7d.woff2", "font/woff2", "public, max-age=31536000, immutable"],
    ["/favicon.svg", "image/svg+xml", "no-cache"],
    ["/manifest.json", "application/json; charset=utf-8", "no-cache"],
    ["/concept/pod", "text/html; charset=utf-8", "no-cache"],
  ])("serves %s as %s with Cache-Control %s", async (url, type, cacheControl) => {
    const response = await api.get(url);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe(type);
    expect(response.headers["cache-control"]).toBe(cacheControl);
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
  });

  it("falls back to index.html for browsers (Accept: text/html) and HEAD, not for other media types", async () => {
    const browser = await api.get("/concept/pod", {
      Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    });
    expect(browser.status).toBe(200);
    expect(browser.text).toContain("<title>kubenotes</title>");
    const head = await api.send("HEAD", "/concept/pod", { Accept: "text/html" });
    expect(head.status).toBe(200);
    expect(head.headers["content-type"]).toMatch(/^text\/html/);
    const json = await api.get("/concept/pod", { Accept: "application/json" });
    expect(json.status).toBe(404);
    expect(json.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });

  it("answers /api/* with problem+json even to a browser", async () => {
    for (const url of ["/api/v1/nothing", "/api/v2/concepts", "/api", "/API/v1/nope"]) {
      const response = await api.get(url, { Accept: "text/html" });
      expect(response.status, url).toBe(404);
      expect(response.headers["content-type"], url).toMatch(/^application\/problem\+json/);
    }
  });

  it("answers 405 to other methods on page routes", async () => {
    expect((await api.send("POST", "/concept/pod")).status).toBe(405);
  });
});
