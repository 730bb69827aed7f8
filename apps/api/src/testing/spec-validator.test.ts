import { describe, expect, it } from "vitest";
import { fixtureApp } from "./fixture-server.js";
import { createSpecClient } from "./spec-client.js";
import { createSpecValidator } from "./spec-validator.js";

const validator = createSpecValidator();
const json = { "content-type": "application/json; charset=utf-8" };

describe("the spec validator used by every route test", () => {
  it("accepts a real response", async () => {
    const api = createSpecClient(await fixtureApp());
    const response = await api.get("/api/v1/concepts/pod");
    expect(validator.check("GET", "/api/v1/concepts/pod", 200, json, response.body)).toEqual([]);
  });

  it("catches a body that drifts from the spec: an extra field, a missing one, a wrong type", async () => {
    const api = createSpecClient(await fixtureApp());
    const { body } = await api.get("/api/v1/concepts/pod");
    const { summary: _summary, ...missing } = body;
    for (const drifted of [
      { ...body, colour: "blue" },
      missing,
      { ...body, level: 3 },
      { ...body, kind: "gadget" },
    ]) {
      expect(validator.check("GET", "/api/v1/concepts/pod", 200, json, drifted).length).toBeGreaterThan(0);
    }
  });

  it("catches an undeclared status and an undeclared media type", () => {
    expect(
      validator
        .check("GET", "/api/v1/schema", 404, { "content-type": "application/problem+json" }, {})
        .join(),
    ).toContain("not declared");
    expect(
      validator.check("GET", "/api/v1/schema", 200, { "content-type": "text/plain" }, "").join(),
    ).toContain("not declared");
  });

  it("requires every error to be a problem document, on any path", () => {
    expect(
      validator.check("GET", "/nowhere", 404, { "content-type": "text/html" }, "<p>no</p>").length,
    ).toBeGreaterThan(0);
    expect(
      validator.check(
        "POST",
        "/api/v1/concepts",
        405,
        { "content-type": "application/problem+json" },
        { title: "x" },
      ).length,
    ).toBeGreaterThan(0);
  });

  it("maps request paths to operation templates", () => {
    expect(validator.templateOf("/api/v1/concepts/pod/neighbors")).toBe("/concepts/{id}/neighbors");
    expect(validator.templateOf("/api/v1/")).toBe("/");
    expect(validator.templateOf("/healthz")).toBe("/healthz");
    expect(validator.templateOf("/elsewhere")).toBeUndefined();
  });
});
