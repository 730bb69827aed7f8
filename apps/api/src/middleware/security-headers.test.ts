import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());

describe("security headers", () => {
  it.each(["/api/v1/concepts/pod", "/api/v1/docs/", "/api/v1/nothing"])(
    "%s carries a CSP without inline scripts and the usual helmet headers",
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
