/**
 * The real API (`createServer` from @kubenotes/api, built) over a graph that core's `buildGraph` made from the
 * fixture content (test/fixtures/content, with the XSS probe concept), serving this app's built `dist/` as in
 * production, on a free port of 127.0.0.1.
 */
import { access } from "node:fs/promises";
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "@kubenotes/api";
import { buildGraph, computeLayout, hashConcepts, readContentFiles, validateContent } from "@kubenotes/core";

export const FIXTURE_CONTENT = fileURLToPath(new URL("../fixtures/content", import.meta.url));
/** The viewer's build output (`npm run build` writes it; turbo builds before it tests). */
export const DIST_DIRECTORY = fileURLToPath(new URL("../../dist", import.meta.url));

export interface FixtureServer {
  /** Origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  try {
    await access(join(DIST_DIRECTORY, "index.html"));
  } catch {
    throw new Error(
      `the viewer is not built (${DIST_DIRECTORY}/index.html is missing): run \`npm run build -w @kubenotes/web\``,
    );
  }
  const { concepts, problems } = validateContent(await readContentFiles(FIXTURE_CONTENT));
  if (problems.length > 0) throw new Error(`fixture content is invalid: ${JSON.stringify(problems[0])}`);
  const graph = buildGraph(concepts);
  // The same hash a snapshot of this content would carry (and the API's own content loader computes).
  const contentHash = hashConcepts(JSON.stringify(graph.mapNodes((_id, concept) => concept)));
  const knowledge = { graph, layout: computeLayout(graph), contentHash };
  const app = createServer({ knowledge, settings: { webRoot: DIST_DIRECTORY, rateLimitPerMinute: 0 } });
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
