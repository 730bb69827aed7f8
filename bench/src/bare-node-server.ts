#!/usr/bin/env node
/**
 * Cold-start baseline: a bare node:http server that reads the same knowledge as the API (a snapshot file, or a
 * content folder whose front matter it parses with the same YAML library, no validation) and answers
 * `/healthz` and `/api/v1/concepts/{id}` from a Map.
 *
 *   node bare-node-server.js --port N (--snapshot FILE | --content DIR)
 */
import { readdir, readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";

const { values } = parseArgs({
  options: { port: { type: "string" }, snapshot: { type: "string" }, content: { type: "string" } },
});

async function fromSnapshot(path: string): Promise<Map<string, unknown>> {
  const text = await readFile(path, "utf8");
  const first = text.indexOf("\n");
  const second = text.indexOf("\n", first + 1);
  const concepts = JSON.parse(text.slice(first + 1, second)) as { id: string }[];
  JSON.parse(text.slice(second + 1)); // the layout, which the API reads too
  return new Map(concepts.map((concept) => [concept.id, concept]));
}

async function fromContent(directory: string): Promise<Map<string, unknown>> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md") && !entry.name.startsWith("_"))
    .filter((entry) => entry.name.toLowerCase() !== "readme.md")
    .map((entry) => join(entry.parentPath, entry.name));
  const concepts = new Map<string, unknown>();
  // Bounded: a folder of 100,000 files would otherwise exhaust the file descriptors.
  for (let start = 0; start < paths.length; start += 256) {
    const texts = await Promise.all(paths.slice(start, start + 256).map((path) => readFile(path, "utf8")));
    for (const text of texts) {
      const end = text.indexOf("\n---", 4);
      const front = parse(text.slice(4, end)) as { id: string };
      concepts.set(front.id, { ...front, body: text.slice(end + 5) });
    }
  }
  return concepts;
}

const concepts = values.snapshot
  ? await fromSnapshot(values.snapshot)
  : await fromContent(values.content ?? ".");
const PREFIX = "/api/v1/concepts/";
const server = createServer((request, response) => {
  const url = request.url ?? "/";
  if (url === "/healthz") {
    response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end('{"status":"ok"}');
    return;
  }
  const concept = url.startsWith(PREFIX)
    ? concepts.get(decodeURIComponent(url.slice(PREFIX.length)))
    : undefined;
  if (concept === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(concept));
});
server.listen(Number(values.port ?? 0), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
