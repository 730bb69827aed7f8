/**
 * API throughput and latency under load (autocannon, loopback) for a concept, a search and a depth-2
 * neighbourhood, against (a) a bare express 5 handler answering the same bytes from a Map of the API's own
 * captured responses and (b) json-server 0.17 serving the same concepts. Every server runs in its own process
 * and is the only one under load while it is measured (see measureInTurn); the load generator runs here.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { KnowledgeGraph } from "@kubenotes/core";
import { freePort } from "./free-port.js";
import { type LoadFigures, loadTest } from "./load-test.js";
import { benchDist, jsonServerBin } from "./locate.js";
import { createRandom, pick } from "./random.js";
import { type BenchRow, row } from "./results.js";
import { type ServerProcess, spawnServer, unlessCrashed } from "./spawn-server.js";
import { startApi } from "./start-api.js";
import { waitForOk } from "./wait-for-ok.js";

export interface ThroughputOptions {
  size: string;
  /** Snapshot of the graph below, which the API serves. */
  snapshot: string;
  graph: KnowledgeGraph;
  seconds: number;
  connections: number;
  env: Readonly<Record<string, string>>;
  work: string;
}

/** Distinct URLs per endpoint, cycled by the load generator (so a figure is not one cached answer). */
const URLS_PER_ENDPOINT = 100;
const START_TIMEOUT_MS = 600_000;

interface Endpoint {
  name: string;
  paths: string[];
}

interface Captured {
  status: number;
  contentType: string;
  body: string;
}

function endpoints(graph: KnowledgeGraph): Endpoint[] {
  const random = createRandom(23);
  const ids = graph.nodes();
  const sample = Array.from({ length: Math.min(URLS_PER_ENDPOINT, ids.length) }, () => pick(random, ids));
  const words = sample.map((id, index) => {
    const { name } = graph.getNodeAttributes(id);
    const text = index % 2 === 0 ? name.ko : name.en;
    return index % 3 === 0 ? (text.split(" ")[0] ?? text) : text;
  });
  return [
    { name: "GET /concepts/{id}", paths: sample.map((id) => `/api/v1/concepts/${encodeURIComponent(id)}`) },
    { name: "GET /search?q=…", paths: words.map((word) => `/api/v1/search?q=${encodeURIComponent(word)}`) },
    {
      name: "GET /concepts/{id}/neighbors?depth=2",
      paths: sample.map((id) => `/api/v1/concepts/${encodeURIComponent(id)}/neighbors?depth=2`),
    },
  ];
}

async function capture(origin: string, path: string): Promise<Captured> {
  const response = await fetch(`${origin}${path}`);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${path} answered ${response.status} while capturing`);
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "application/json",
    body: body.toString("base64"),
  };
}

/** Every concept as the API presents it, for json-server's db.json (`{ "concepts": [...] }`). */
async function captureConcepts(origin: string, ids: readonly string[]): Promise<unknown[]> {
  const concepts: unknown[] = [];
  for (let start = 0; start < ids.length; start += 32) {
    const batch = ids.slice(start, start + 32);
    const bodies = await Promise.all(
      batch.map(async (id) => (await fetch(`${origin}/api/v1/concepts/${encodeURIComponent(id)}`)).json()),
    );
    concepts.push(...bodies);
  }
  return concepts;
}

interface Running {
  server: ServerProcess;
  origin: string;
}

interface Contender extends Running {
  paths: readonly string[];
}

/**
 * Measures servers in turn, one under load at a time while the others sit idle: a warm-up each (JIT, response
 * caches, keep-alive), then two halves of the measured time in the order A B … B A, so a busy spell of the
 * machine or a slow drift falls on every server alike. Requests per second over both halves; latency
 * percentiles averaged over them.
 */
async function measureInTurn(
  contenders: readonly Contender[],
  options: ThroughputOptions,
): Promise<LoadFigures[]> {
  const load = { seconds: options.seconds / 2, connections: options.connections };
  const run = (contender: Contender, seconds: number) =>
    unlessCrashed(contender.server, loadTest(contender.origin, contender.paths, { ...load, seconds }));
  for (const contender of contenders) await run(contender, Math.max(1, options.seconds / 4));
  const halves: LoadFigures[][] = contenders.map(() => []);
  const order = [...contenders.keys(), ...[...contenders.keys()].reverse()];
  for (const index of order) halves[index]?.push(await run(contenders[index] as Contender, load.seconds));
  return halves.map((runs) => {
    const requests = runs.reduce((sum, figures) => sum + figures.requests, 0);
    const seconds = runs.reduce((sum, figures) => sum + figures.seconds, 0);
    const mean = (pick: (figures: LoadFigures) => number) =>
      runs.reduce((sum, figures) => sum + pick(figures), 0) / runs.length;
    return {
      requests,
      seconds,
      requestsPerSecond: requests / seconds,
      p50: mean((figures) => figures.p50),
      p99: mean((figures) => figures.p99),
    };
  });
}

/** Starts a server on a free port and waits until `readyPath` answers 200. */
async function launch(start: (port: number) => ServerProcess, readyPath: string): Promise<Running> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = start(port);
  await unlessCrashed(server, waitForOk(`${origin}${readyPath}`, START_TIMEOUT_MS, server.ended));
  return { server, origin };
}

export async function benchApiThroughput(options: ThroughputOptions): Promise<BenchRow[]> {
  const directory = join(options.work, `throughput-${options.size}`);
  await mkdir(directory, { recursive: true });
  const list = endpoints(options.graph);
  const conceptPaths = list[0]?.paths ?? [];
  const ours = new Map<string, LoadFigures>();
  const bare = new Map<string, LoadFigures>();
  const running: Running[] = [];
  let accessLogged: LoadFigures | undefined;
  let generic: LoadFigures | undefined;
  try {
    // The API as shipped; capture what it answers for the baselines.
    const source = { snapshot: options.snapshot };
    const api = await launch((port) => startApi({ source, port, env: options.env }), "/healthz");
    running.push(api);
    const responses: Record<string, Captured> = {};
    for (const endpoint of list) {
      for (const path of endpoint.paths) responses[path] = await capture(api.origin, path);
    }
    await writeFile(join(directory, "responses.json"), JSON.stringify(responses));
    const concepts = await unlessCrashed(api.server, captureConcepts(api.origin, options.graph.nodes()));
    await writeFile(join(directory, "db.json"), JSON.stringify({ concepts }));

    // The same API with a full access log (LOG_LEVEL=debug: a line for every request, what that costs under
    // load), bare express with the captured bytes, and json-server's CLI over the same concepts (its request
    // log goes to /dev/null like the API's).
    const logged = await launch(
      (port) => startApi({ source, port, env: options.env, logLevel: "debug" }),
      "/healthz",
    );
    running.push(logged);
    const express = await launch(
      (port) =>
        spawnServer(
          "bare express",
          [
            benchDist("bare-express-server.js"),
            "--port",
            `${port}`,
            "--responses",
            join(directory, "responses.json"),
          ],
          options.env,
        ),
      conceptPaths[0] ?? "/",
    );
    running.push(express);
    const jsonPaths = conceptPaths.map((path) => path.replace("/api/v1/concepts/", "/concepts/"));
    const jsonServer = await launch(
      (port) =>
        spawnServer(
          "json-server",
          [jsonServerBin(), join(directory, "db.json"), "--port", `${port}`, "--host", "127.0.0.1"],
          options.env,
        ),
      jsonPaths[0] ?? "/",
    );
    running.push(jsonServer);

    for (const endpoint of list) {
      const contenders: Contender[] = [
        { ...api, paths: endpoint.paths },
        { ...express, paths: endpoint.paths },
      ];
      if (endpoint === list[0]) {
        contenders.push({ ...logged, paths: conceptPaths }, { ...jsonServer, paths: jsonPaths });
      }
      const figures = await measureInTurn(contenders, options);
      ours.set(endpoint.name, figures[0] as LoadFigures);
      bare.set(endpoint.name, figures[1] as LoadFigures);
      if (endpoint === list[0]) {
        accessLogged = figures[2] as LoadFigures;
        generic = figures[3] as LoadFigures;
      }
    }
  } finally {
    for (const { server } of running) await server.stop();
  }

  if (!accessLogged || !generic) throw new Error("the concept endpoint was not measured");
  const rows: BenchRow[] = [];
  const { size } = options;
  const bareName = "bare express 5 handler, same bytes from a Map";
  for (const endpoint of list) {
    const a = ours.get(endpoint.name) as LoadFigures;
    const b = bare.get(endpoint.name) as LoadFigures;
    const isConcept = endpoint === list[0];
    rows.push(
      row({
        name: `API ${endpoint.name} throughput`,
        size,
        value: a.requestsPerSecond,
        unit: "req/s",
        baseline: b.requestsPerSecond,
        baselineName: bareName,
        target: isConcept ? "≥ 0.7" : "",
      }),
      row({
        name: `API ${endpoint.name} latency p50`,
        size,
        value: a.p50,
        unit: "ms",
        baseline: b.p50,
        baselineName: bareName,
        target: "",
      }),
      row({
        name: `API ${endpoint.name} latency p99`,
        size,
        value: a.p99,
        unit: "ms",
        baseline: b.p99,
        baselineName: bareName,
        target: isConcept ? "≤ 2" : "",
      }),
    );
  }
  const concept = ours.get(list[0]?.name ?? "") as LoadFigures;
  const bareConcept = bare.get(list[0]?.name ?? "") as LoadFigures;
  rows.push(
    row({
      name: "API GET /concepts/{id} throughput, full access log",
      size,
      value: accessLogged.requestsPerSecond,
      unit: "req/s",
      baseline: bareConcept.requestsPerSecond,
      baselineName: `${bareName} (API with LOG_LEVEL=debug: a line per request)`,
      target: "",
    }),
    row({
      name: "API GET /concepts/{id} throughput vs json-server",
      size,
      value: concept.requestsPerSecond,
      unit: "req/s",
      baseline: generic.requestsPerSecond,
      baselineName: "json-server 0.17, same concepts (GET /concepts/{id})",
      target: "≥ 2",
    }),
    row({
      name: "API GET /concepts/{id} latency p99 vs json-server",
      size,
      value: concept.p99,
      unit: "ms",
      baseline: generic.p99,
      baselineName: "json-server 0.17, same concepts (GET /concepts/{id})",
      target: "",
    }),
  );
  return rows;
}
