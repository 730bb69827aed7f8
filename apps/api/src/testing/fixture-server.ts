/** Test support: the fixture content (a small valid graph) loaded once, and apps built over it. */
import { fileURLToPath } from "node:url";
import type { Express } from "express";
import type { ServerSettings } from "../config.js";
import { type CreateServerOptions, createServer } from "../create-server.js";
import { type LoadedKnowledge, loadKnowledgeSource } from "../load-knowledge-source.js";

export const FIXTURE_CONTENT = fileURLToPath(new URL("../../test/fixtures/content", import.meta.url));

let loading: Promise<LoadedKnowledge> | undefined;

export function fixtureKnowledge(): Promise<LoadedKnowledge> {
  loading ??= loadKnowledgeSource({ contentDirectory: FIXTURE_CONTENT, snapshotPath: "" });
  return loading;
}

/** An app over the fixture graph; rate limit off and no web viewer unless the settings say otherwise. */
export async function fixtureApp(
  settings: Partial<ServerSettings> = {},
  options: Omit<CreateServerOptions, "knowledge" | "settings"> = {},
): Promise<Express> {
  return createServer({
    knowledge: await fixtureKnowledge(),
    settings: { rateLimitPerMinute: 0, webRoot: null, ...settings },
    ...options,
  });
}
