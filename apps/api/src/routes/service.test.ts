import { KINDS, RELATION_TYPE_IDS, TAGS } from "@kubenotes/core";
import { describe, expect, it } from "vitest";
import { PROBLEM_TYPE_IDS } from "../problem-types.js";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());

describe("GET /api/v1/schema", () => {
  it("describes every kind, relation type and tag with both labels", async () => {
    const response = await api.get("/api/v1/schema");
    expect(response.status).toBe(200);
    const { kinds, relationTypes, tags, levels, statuses, languages } = response.body;
    expect(languages).toEqual(["ko", "en"]);
    expect(kinds.map((kind: { id: string }) => kind.id)).toEqual(KINDS);
    expect(tags.map((tag: { id: string }) => tag.id)).toEqual(TAGS);
    expect(relationTypes.map((type: { id: string }) => type.id)).toEqual(RELATION_TYPE_IDS);
    expect(levels).toHaveLength(3);
    expect(statuses).toHaveLength(3);
    expect(kinds[0]).toEqual({ id: "technology", label: "기술", labels: { ko: "기술", en: "Technology" } });
    expect(relationTypes.find((type: { id: string }) => type.id === "part-of")).toMatchObject({
      label: "~의 일부",
      inverse: "구성 요소",
      labels: { ko: "~의 일부", en: "part of" },
      inverseLabels: { ko: "구성 요소", en: "has part" },
      acyclic: true,
      learningOrder: true,
    });
  });

  it("labels in English with lang=en", async () => {
    const response = await api.get("/api/v1/schema?lang=en");
    expect(response.body.kinds[0].label).toBe("Technology");
    expect(response.body.relationTypes.find((type: { id: string }) => type.id === "uses").inverse).toBe(
      "used by",
    );
  });
});

describe("GET /api/v1", () => {
  it("answers an index of the entry points", async () => {
    for (const url of ["/api/v1", "/api/v1/"]) {
      const response = await api.get(url);
      expect(response.status).toBe(200);
      expect(response.body.links.concepts).toBe("/api/v1/concepts");
      expect(response.body.links.openapi).toBe("/api/v1/openapi.json");
    }
  });
});

describe("GET /api/v1/problems", () => {
  it("lists every problem type, each dereferenceable at its type URI", async () => {
    const response = await api.get("/api/v1/problems");
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(PROBLEM_TYPE_IDS);
    for (const item of response.body.items) {
      const one = await api.get(item.type);
      expect(one.status).toBe(200);
      expect(one.body).toEqual(item);
    }
  });

  it("answers 404 for an unknown problem type", async () => {
    const response = await api.get("/api/v1/problems/bad-vibes");
    expect(response.status).toBe(404);
    expect(response.body.type).toBe("/api/v1/problems/not-found");
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves an OpenAPI 3.1 document describing every endpoint of the contract", async () => {
    const response = await api.get("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe("3.1.0");
    expect(response.body.servers).toEqual([{ url: "/api/v1" }]);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        "/concepts",
        "/concepts/{id}",
        "/concepts/{id}/neighbors",
        "/paths",
        "/learning-path/{id}",
        "/search",
        "/graph",
        "/schema",
        "/openapi.json",
        "/healthz",
        "/readyz",
      ]),
    );
    const list = response.body.paths["/concepts"].get;
    expect(list.parameters.map((parameter: { name: string }) => parameter.name)).toEqual([
      "lang",
      "kind",
      "tag",
      "level",
      "status",
      "limit",
      "cursor",
    ]);
    const limit = list.parameters.find((parameter: { name: string }) => parameter.name === "limit");
    expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 200, default: 50 });
    expect(response.body.components.schemas.Problem).toBeDefined();
  });

  it("refuses query parameters it does not take", async () => {
    const response = await api.get("/api/v1/openapi.json?pretty=1");
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0]).toMatchObject({ name: "pretty", accepted: "no query parameters" });
  });
});

describe("GET /api/v1/docs/", () => {
  it("redirects /docs to /docs/ so relative asset URLs resolve", async () => {
    const response = await api.get("/api/v1/docs");
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe("/api/v1/docs/");
  });

  it("serves a reference page whose scripts and styles all come from this server", async () => {
    const response = await api.get("/api/v1/docs/");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.text).not.toMatch(/<script>(?!<\/script>)/);
    expect(response.text).not.toMatch(/https?:\/\//);
    const assets = [...response.text.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((match) => match[1]);
    expect(assets).toEqual(
      expect.arrayContaining(["swagger-ui.css", "swagger-ui-bundle.js", "docs-init.js"]),
    );
    for (const asset of assets) {
      const file = await api.get(`/api/v1/docs/${asset}`);
      expect(file.status, asset).toBe(200);
    }
    const script = await api.get("/api/v1/docs/docs-init.js");
    expect(script.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(script.text).toContain("../openapi.json");
    expect(script.text).toContain("validatorUrl: null");
  });

  it("serves only the swagger-ui files the page needs", async () => {
    expect((await api.get("/api/v1/docs/index.html")).status).toBe(404);
    expect((await api.get("/api/v1/docs/swagger-initializer.js")).status).toBe(404);
    expect((await api.get("/api/v1/docs/..%2Fpackage.json")).status).toBe(404);
  });

  it("compresses the big bundle", async () => {
    const response = await api.get("/api/v1/docs/swagger-ui-bundle.js", { "Accept-Encoding": "gzip" });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe("public, max-age=86400");
  });
});
