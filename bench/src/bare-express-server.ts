#!/usr/bin/env node
/**
 * Throughput baseline: an express 5 app whose one handler answers from a Map of captured API responses keyed by
 * URL, with the same status, Content-Type and bytes, and nothing else (no logging, CORS, security headers,
 * validation or ETags).
 *
 *   node bare-express-server.js --port N --responses FILE   (FILE: JSON { url: { status, contentType, body } })
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import express from "express";

interface Captured {
  status: number;
  contentType: string;
  /** base64 of the response bytes */
  body: string;
}

const { values } = parseArgs({ options: { port: { type: "string" }, responses: { type: "string" } } });
const captured = JSON.parse(await readFile(values.responses ?? "", "utf8")) as Record<string, Captured>;
const responses = new Map(
  Object.entries(captured).map(([url, entry]) => [
    url,
    { ...entry, bytes: Buffer.from(entry.body, "base64") },
  ]),
);

const app = express();
app.disable("x-powered-by");
app.set("etag", false);
app.get("/{*path}", (request, response) => {
  const entry = responses.get(request.originalUrl);
  if (!entry) {
    response.status(404).end();
    return;
  }
  response.status(entry.status).set("Content-Type", entry.contentType).send(entry.bytes);
});
const server = app.listen(Number(values.port ?? 0), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
