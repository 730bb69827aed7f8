import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

describe("CORS", () => {
  it("allows any origin by default, read-only, without credentials", async () => {
    const api = createSpecClient(await fixtureApp());
    const response = await api.get("/api/v1/concepts/pod", { Origin: "https://example.org" });
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
    expect(response.headers["access-control-expose-headers"]).toContain("ETag");
  });

  it("answers preflights for known paths with the allowed methods, and 404 for unknown ones", async () => {
    const api = createSpecClient(await fixtureApp());
    const headers = {
      Origin: "https://example.org",
      "Access-Control-Request-Method": "GET",
      "Access-Control-Request-Headers": "if-none-match",
    };
    const preflight = await api.send("OPTIONS", "/api/v1/concepts/pod", headers);
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-methods"]).toBe("GET,HEAD,OPTIONS");
    expect(preflight.headers["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
    expect(preflight.headers["access-control-max-age"]).toBe("600");
    expect((await api.send("OPTIONS", "/api/v1/unknown", headers)).status).toBe(404);
  });

  it("allows only the configured origins", async () => {
    const api = createSpecClient(await fixtureApp({ corsOrigins: ["https://notes.example.org"] }));
    const allowed = await api.get("/api/v1/schema", { Origin: "https://notes.example.org" });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://notes.example.org");
    expect(allowed.headers.vary).toContain("Origin");
    const other = await api.get("/api/v1/schema", { Origin: "https://evil.example.com" });
    expect(other.status).toBe(200);
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("allows no origin when configured with none", async () => {
    const api = createSpecClient(await fixtureApp({ corsOrigins: [] }));
    const response = await api.get("/api/v1/schema", { Origin: "https://example.org" });
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
