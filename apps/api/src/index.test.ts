import { describe, expect, it } from "vitest";
import * as api from "./index.js";

describe("@kubenotes/api", () => {
  it("exports exactly its public surface", () => {
    expect(Object.keys(api).sort()).toEqual([
      "API_BASE",
      "ConfigError",
      "DEFAULT_SERVER_SETTINGS",
      "PROBLEM_TYPES",
      "StartupError",
      "createOpenApiDocument",
      "createServer",
      "loadConfig",
      "loadKnowledgeSource",
      "serializeOpenApiDocument",
    ]);
  });
});
