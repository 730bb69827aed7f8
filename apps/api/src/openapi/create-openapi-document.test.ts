import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ALL_OPERATIONS } from "../operations/all-operations.js";
import { createOpenApiDocument, serializeOpenApiDocument } from "./create-openapi-document.js";

const COMMITTED = fileURLToPath(new URL("../../../../docs/openapi.json", import.meta.url));

describe("the OpenAPI document", () => {
  it("is deterministic", () => {
    expect(serializeOpenApiDocument(createOpenApiDocument())).toBe(
      serializeOpenApiDocument(createOpenApiDocument()),
    );
  });

  it("matches the committed docs/openapi.json (regenerate: npm run openapi -w @kubenotes/api)", () => {
    const committed = readFileSync(COMMITTED, "utf8");
    expect(committed, "docs/openapi.json is stale: run `npm run openapi -w @kubenotes/api`").toBe(
      serializeOpenApiDocument(createOpenApiDocument()),
    );
  });

  it("documents every operation once, with its parameters and problem responses", () => {
    const document = createOpenApiDocument() as unknown as {
      paths: Record<
        string,
        {
          get: {
            operationId: string;
            parameters?: { name: string; in: string }[];
            responses: Record<string, unknown>;
          };
        }
      >;
    };
    const ids = ALL_OPERATIONS.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const operation of ALL_OPERATIONS) {
      const documented = document.paths[operation.path]?.get;
      expect(documented?.operationId).toBe(operation.operationId);
      const names = (documented?.parameters ?? []).map((parameter) => `${parameter.in}:${parameter.name}`);
      expect(names.sort()).toEqual(
        [
          ...Object.keys(operation.pathParameters).map((name) => `path:${name}`),
          ...Object.keys(operation.queryParameters).map((name) => `query:${name}`),
        ].sort(),
      );
      expect(Object.keys(documented?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400"]));
    }
  });
});
