/**
 * Test support: checks a response (status, media type, body) against the generated OpenAPI document with
 * ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Error responses must be problem+json documents.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { API_BASE } from "../api-base.js";
import { createOpenApiDocument } from "../openapi/create-openapi-document.js";

interface OpenApiOperation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}

export interface SpecValidator {
  /** @returns the problems found; empty when the response matches the spec */
  check(
    method: string,
    url: string,
    status: number,
    headers: Record<string, string>,
    body: unknown,
    text?: string,
  ): string[];
  /** The operation's path template for a request path, if the spec has one. */
  templateOf(path: string): string | undefined;
}

const DOCUMENT_ID = "https://kubenotes.test/openapi.json";

function pointer(...parts: string[]): string {
  return parts.map((part) => encodeURIComponent(part.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
}

export function createSpecValidator(): SpecValidator {
  const document = JSON.parse(JSON.stringify(createOpenApiDocument())) as {
    paths: Record<string, { get: OpenApiOperation }>;
  };
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validatorAt = (ref: string) => {
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${ref}` });
      compiled.set(ref, validate);
    }
    return validate;
  };
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, "[^/]+").replace(/\/$/, "")}/?$`, "i"),
  }));

  const templateOf = (path: string) => {
    let relative: string;
    if (path.toLowerCase().startsWith(API_BASE)) relative = path.slice(API_BASE.length);
    else if (path === "/healthz" || path === "/readyz") relative = path;
    else return undefined;
    return templates.find(({ pattern }) => pattern.test(relative))?.template;
  };

  const validateBody = (ref: string, body: unknown, problems: string[]) => {
    const validate = validatorAt(ref);
    if (!validate(body))
      problems.push(
        ...(validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`),
      );
  };

  return {
    templateOf,
    check(method, url, status, headers, body) {
      const problems: string[] = [];
      const path = url.split("?")[0] ?? url;
      const mediaType = (headers["content-type"] ?? "").split(";")[0]?.trim() ?? "";
      // 503 (not ready) is part of the contract of /readyz; any other 5xx is a server fault.
      if (status >= 500 && status !== 503) problems.push(`server error ${status}`);
      if (status >= 400) {
        if (mediaType !== "application/problem+json")
          problems.push(`error ${status} is ${mediaType || "untyped"}, not application/problem+json`);
        if (method !== "HEAD") validateBody(pointer("components", "schemas", "Problem"), body, problems);
      }
      const template = templateOf(path);
      if (template === undefined || (method !== "GET" && method !== "HEAD")) return problems;
      const operation = document.paths[template]?.get;
      const declared = operation?.responses[String(status)];
      if (!declared) {
        problems.push(`status ${status} is not declared for GET ${template}`);
        return problems;
      }
      if (status === 304 || method === "HEAD" || !declared.content) return problems;
      if (!(mediaType in declared.content)) {
        problems.push(`media type ${mediaType} is not declared for GET ${template} ${status}`);
        return problems;
      }
      if (mediaType.endsWith("json")) {
        validateBody(
          pointer("paths", template, "get", "responses", String(status), "content", mediaType, "schema"),
          body,
          problems,
        );
      }
      return problems;
    },
  };
}
