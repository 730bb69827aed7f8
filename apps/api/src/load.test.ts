/**
 * Sustained load against the real server: the built entry file (dist/main.js, request log at level info)
 * in its own process on 127.0.0.1, and autocannon in another, sending a mix of concept lookups (ids,
 * aliases, Korean names), lists, Korean searches, neighbourhoods, paths, learning paths and the whole graph
 * over 100 connections. Nothing may fail: no socket errors, no timeouts, no 5xx, no status other than the
 * one each request expects; and the server's memory after the run stays within 10 % of its memory after
 * warm-up (both read in the server after forced garbage collections).
 *
 * CI runs a short version (about 5 s). `npm run test:load -w @kubenotes/api` runs the full 60 s one
 * (vitest.load.config.ts) and writes its figures to test-results/load-full.json.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { FIXTURE_CONTENT } from "./testing/fixture-server.js";
import { SHORT_LOAD } from "./testing/load-settings.js";

const LOAD_SECONDS = inject("loadSeconds") ?? SHORT_LOAD.loadSeconds;
const WARMUP_SECONDS = inject("warmupSeconds") ?? SHORT_LOAD.warmupSeconds;
const MODE = LOAD_SECONDS >= 30 ? "full" : "short";
const CONNECTIONS = 100;
const CLIENT = fileURLToPath(new URL("../test/load-client.mjs", import.meta.url));
const SERVER = fileURLToPath(new URL("../test/load-server.mjs", import.meta.url));
const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const REPORT = fileURLToPath(new URL(`../test-results/load-${MODE}.json`, import.meta.url));

const korean = (text: string) => encodeURIComponent(text);
const BR = { "accept-encoding": "br" };
const GZIP = { "accept-encoding": "gzip" };

/** The mix: every connection walks this list in order, again and again. */
const MIX: { path: string; status: number; headers?: Record<string, string> }[] = [
  { path: "/api/v1/concepts/pod", status: 200 },
  { path: "/api/v1/concepts/pod?lang=en", status: 200, headers: GZIP },
  { path: "/api/v1/concepts/kubelet", status: 200 },
  { path: `/api/v1/concepts/${korean("컨트롤 플레인")}`, status: 200 },
  { path: "/api/v1/concepts/k8s?lang=en", status: 200 },
  { path: "/api/v1/concepts/kubelett", status: 404 },
  { path: "/api/v1/concepts", status: 200, headers: BR },
  { path: "/api/v1/concepts?limit=5&lang=en", status: 200 },
  { path: "/api/v1/concepts?kind=resource", status: 200 },
  { path: "/api/v1/concepts?tag=docker&level=fundamental", status: 200 },
  { path: `/api/v1/search?q=${korean("파드")}`, status: 200 },
  { path: `/api/v1/search?q=${korean("컨테이너를")}&limit=5`, status: 200 },
  { path: `/api/v1/search?q=${korean("쿠버네티스의")}`, status: 200, headers: GZIP },
  { path: `/api/v1/search?q=${korean("ㅋㄴㅌㅇ")}`, status: 200 },
  { path: `/api/v1/search?q=${korean("컨테이너 런타임")}&lang=en`, status: 200 },
  { path: `/api/v1/search?q=${korean("노드에서")}`, status: 200 },
  { path: "/api/v1/search?q=docker", status: 200 },
  { path: "/api/v1/concepts/pod/neighbors", status: 200 },
  { path: "/api/v1/concepts/kubernetes/neighbors?depth=2", status: 200, headers: BR },
  { path: "/api/v1/concepts/container/neighbors?depth=3&direction=in", status: 200 },
  { path: "/api/v1/paths?from=kubectl&to=pod", status: 200 },
  { path: "/api/v1/paths?from=docker-run&to=container&lang=en", status: 200 },
  { path: `/api/v1/paths?from=${korean("파드")}&to=etcd`, status: 200 },
  { path: "/api/v1/learning-path/deployment", status: 200 },
  { path: "/api/v1/graph", status: 200, headers: BR },
  { path: "/api/v1/graph?lang=en", status: 200, headers: GZIP },
  { path: "/api/v1/graph?format=graphml", status: 200, headers: GZIP },
  { path: "/readyz", status: 200 },
];

interface AutocannonResult {
  requests: { total: number; sent: number; average: number; mean: number };
  latency: { p50: number; p99: number; max: number; average: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  resets: number;
  mismatches: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}

function runClient(url: string, durationSeconds: number): Promise<AutocannonResult> {
  const options = {
    url,
    connections: CONNECTIONS,
    durationSeconds,
    maxRequests: durationSeconds * 40_000,
    timeoutSeconds: 10,
    requests: MIX.map(({ path, headers }) => ({ method: "GET", path, headers: headers ?? {} })),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLIENT, JSON.stringify(options)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const killer = setTimeout(() => child.kill("SIGKILL"), (durationSeconds + 30) * 1000);
    child.once("exit", (code) => {
      clearTimeout(killer);
      if (code === 0) resolve(JSON.parse(stdout) as AutocannonResult);
      else reject(new Error(`load client exited ${code}: ${stderr}`));
    });
  });
}

interface Memory {
  rssMb: number;
  heapUsedMb: number;
}

/** The server's memory after forced garbage collections (test/load-server.mjs answers over IPC). */
function serverMemory(): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no memory reading from the server")), 10_000);
    server.once("message", (message: { rss: number; heapUsed: number }) => {
      clearTimeout(timer);
      const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
      resolve({ rssMb: mb(message.rss), heapUsedMb: mb(message.heapUsed) });
    });
    server.send("memory");
  });
}

/** A port free on 127.0.0.1 right now (the server is then started on it). */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const growth = (before: number, after: number) => Math.round(((after - before) / before) * 1000) / 10;

let server: ChildProcess;
let origin: string;
beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build -w @kubenotes/api\` first`);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // The request log goes to /dev/null at level info: writing it is part of the server's cost.
  server = spawn(process.execPath, [SERVER], {
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      LOG_LEVEL: "info",
      KUBENOTES_CONTENT: FIXTURE_CONTENT,
      KUBENOTES_WEB_ROOT: "none",
      // One client address sends everything; the limit is tested on its own.
      KUBENOTES_RATE_LIMIT: "0",
    },
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ready = await fetch(`${origin}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error("the server did not start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}, 30_000);
afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

describe(`sustained load (${MODE}: ${LOAD_SECONDS} s, ${CONNECTIONS} connections)`, () => {
  it("every request of the mix answers its expected status", async () => {
    for (const { path, status, headers } of MIX) {
      const response = await fetch(`${origin}${path}`, { headers });
      await response.arrayBuffer();
      expect(response.status, path).toBe(status);
    }
  });

  it(
    "holds with no errors, no 5xx, and memory within 10 % of the warmed-up server's",
    async () => {
      await runClient(origin, WARMUP_SECONDS);
      const before = await serverMemory();
      const result = await runClient(origin, LOAD_SECONDS);
      const after = await serverMemory();

      const statuses = Object.fromEntries(
        Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
      );
      const expected404 = MIX.filter((entry) => entry.status === 404).length / MIX.length;
      const report = {
        mode: MODE,
        date: new Date().toISOString(),
        node: process.version,
        connections: CONNECTIONS,
        durationSeconds: result.duration,
        requests: result.requests.total,
        sent: result.requests.sent,
        rps: Math.round(result.requests.average),
        latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        resets: result.resets,
        statuses,
        serverErrors: Object.entries(statuses)
          .filter(([status]) => Number(status) >= 500)
          .reduce((sum, [, count]) => sum + count, 0),
        memory: {
          afterWarmup: before,
          afterLoad: after,
          rssGrowthPercent: growth(before.rssMb, after.rssMb),
          heapGrowthPercent: growth(before.heapUsedMb, after.heapUsedMb),
        },
      };
      mkdirSync(fileURLToPath(new URL("../test-results/", import.meta.url)), { recursive: true });
      writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`load (${MODE}): ${JSON.stringify(report)}`);

      expect(result.requests.total).toBeGreaterThan(LOAD_SECONDS * 200);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.resets).toBe(0);
      expect(report.serverErrors).toBe(0);
      expect(Object.keys(statuses).sort()).toEqual(["200", "404"]);
      // Every connection walks the mix in order, so the share of deliberate 404s is fixed.
      expect(Math.abs((statuses["404"] ?? 0) / result.requests.total - expected404)).toBeLessThan(0.01);
      // Every request sent was answered.
      expect(result.requests.sent - result.requests.total).toBeLessThanOrEqual(CONNECTIONS);
      expect(report.memory.heapGrowthPercent).toBeLessThanOrEqual(10);
      expect(report.memory.rssGrowthPercent).toBeLessThanOrEqual(10);
    },
    (WARMUP_SECONDS + LOAD_SECONDS + 60) * 1000,
  );
});
