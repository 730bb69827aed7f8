/**
 * Writes the OpenAPI document to a file (`npm run openapi -w @kubenotes/api` → docs/openapi.json).
 * Deterministic: running it twice writes the same bytes.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createOpenApiDocument, serializeOpenApiDocument } from "./openapi/create-openapi-document.js";

const [target] = process.argv.slice(2);
if (!target) {
  process.stderr.write("usage: node dist/write-openapi.js <file>\n");
  process.exit(2);
}
await writeFile(resolve(target), serializeOpenApiDocument(createOpenApiDocument()));
process.stdout.write(`✓ OpenAPI document → ${target}\n`);
