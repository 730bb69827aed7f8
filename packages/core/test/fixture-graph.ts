/** Loads the valid fixture content once per test file (packages/core/test/fixtures/valid). */
import { fileURLToPath } from "node:url";
import { loadKnowledge } from "../src/graph/load-knowledge.js";

export const validFixtureDirectory = fileURLToPath(new URL("./fixtures/valid", import.meta.url));
export const invalidFixturesDirectory = fileURLToPath(new URL("./fixtures/invalid", import.meta.url));

export function loadFixtureGraph() {
  return loadKnowledge(validFixtureDirectory);
}
