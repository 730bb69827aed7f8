import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());

describe("security headers", () => {
  it.each(["/api/v1/docs/"])(
    "the page %s carries a CSP without inline scripts and helmet's headers",
    async (url) => {
      const response = await api.get(url);
      const csp = response.headers["content-security-policy"] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("upgrade-insecure-requests");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      expect(response.headers["cross-origin-opener-policy"]).toBe("same-origin");
      expect(response.headers["x-powered-by"]).toBeUndefined();
    },
  );

  it.each(["/api/v1/concepts/pod", "/api/v1/nothing", "/healthz", "/api/v1/graph?format=graphml"])(
    "the data response %s carries the short set: a CSP that allows nothing, no sniffing, no framing",
    async (url) => {
      const response = await api.get(url);
      expect(response.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      expect(response.headers["x-powered-by"]).toBeUndefined();
    },
  );

  it("echoes a well-formed X-Request-Id and replaces a malformed one", async () => {
    expect((await api.get("/api/v1/schema", { "X-Request-Id": "abc-123" })).headers["x-request-id"]).toBe(
      "abc-123",
    );
    const replaced = (await api.get("/api/v1/schema", { "X-Request-Id": "bad id with spaces" })).headers[
      "x-request-id"
    ];
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/** `Content-Security-Policy` as directive → sources; a directive given twice fails the test. */
function parseCsp(header: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name.toLowerCase()), `${name} given twice`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

describe("the Content-Security-Policy, parsed", () => {
  const root = mkdtempSync(join(tmpdir(), "kubenotes-csp-"));
  writeFileSync(
    join(root, "index.html"),
    '<!doctype html><title>kubenotes</title><script src="/a.js"></script>',
  );
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.each(["/", "/concept/pod", "/api/v1/docs/", "/api/v1/docs/docs-init.js"])(
    "the page %s allows scripts only from the origin: no inline scripts, no eval",
    async (url) => {
      const viewer = createSpecClient(await fixtureApp({ webRoot: root }));
      const csp = parseCsp((await viewer.get(url)).headers["content-security-policy"] ?? "");
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.has("script-src-elem")).toBe(false);
      expect(csp.has("script-src-attr")).toBe(false);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'self'"]);
      expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
      expect(csp.get("form-action")).toEqual(["'self'"]);
      // Workers may be blob: (layout workers), never a remote origin or a wildcard.
      for (const [directive, sources] of csp) {
        expect(sources, directive).not.toContain("*");
        expect(sources, directive).not.toContain("'unsafe-eval'");
        if (directive !== "style-src") expect(sources, directive).not.toContain("'unsafe-inline'");
        for (const source of sources)
          expect(source, directive).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    },
  );

  it("the API reference page loads every script from a file, so it works under that policy", async () => {
    const page = await api.get("/api/v1/docs/");
    const scripts = [...page.text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, inline] of scripts) {
      expect(attributes).toMatch(/\ssrc="/);
      expect(inline?.trim()).toBe("");
    }
    expect(page.text).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
