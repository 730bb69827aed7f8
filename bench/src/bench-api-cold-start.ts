/**
 * API cold start: from spawning `node apps/api/dist/main.js` to the first 200 of `/healthz` (the API listens
 * only once its knowledge is loaded), then to the first 200 of a concept. Baseline: a bare node:http process
 * that reads the same knowledge (the same snapshot file, or the same content files' front matter) and answers.
 * Started alternately, best of `runs`.
 */
import { performance } from "node:perf_hooks";
import { freePort } from "./free-port.js";
import { benchDist } from "./locate.js";
import { type BenchRow, row } from "./results.js";
import { type ServerProcess, spawnServer, unlessCrashed } from "./spawn-server.js";
import { type ApiSource, startApi } from "./start-api.js";
import { waitForOk } from "./wait-for-ok.js";

export interface ColdStartOptions {
  size: string;
  source: ApiSource;
  /** A concept to ask for once healthy. */
  conceptId: string;
  runs: number;
  env: Readonly<Record<string, string>>;
}

/** Generous: loading and laying out 100,000 concepts from files takes minutes; only a crash should stop it. */
const START_TIMEOUT_MS = 30 * 60_000;

interface StartTimes {
  healthy: number;
  concept: number;
}

async function timeStart(start: (port: number) => ServerProcess, conceptId: string): Promise<StartTimes> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const server = start(port);
  try {
    await unlessCrashed(server, waitForOk(`${origin}/healthz`, START_TIMEOUT_MS, server.ended));
    const healthy = performance.now() - began;
    await unlessCrashed(
      server,
      waitForOk(`${origin}/api/v1/concepts/${encodeURIComponent(conceptId)}`, 60_000, server.ended),
    );
    return { healthy, concept: performance.now() - began };
  } finally {
    await server.stop();
  }
}

export async function benchApiColdStart(options: ColdStartOptions): Promise<BenchRow[]> {
  const { source, env } = options;
  const fromSnapshot = source.snapshot !== undefined;
  const bareArgs = fromSnapshot ? ["--snapshot", source.snapshot ?? ""] : ["--content", source.content ?? ""];
  const ours: StartTimes[] = [];
  const bare: StartTimes[] = [];
  for (let run = 0; run < options.runs; run++) {
    ours.push(await timeStart((port) => startApi({ source, port, env }), options.conceptId));
    bare.push(
      await timeStart(
        (port) =>
          spawnServer(
            "bare node:http",
            [benchDist("bare-node-server.js"), "--port", String(port), ...bareArgs],
            env,
          ),
        options.conceptId,
      ),
    );
  }
  const best = (times: StartTimes[], pick: (time: StartTimes) => number) => Math.min(...times.map(pick));
  const mode = fromSnapshot ? "snapshot" : "content files";
  const baselineName = fromSnapshot
    ? "bare node:http process: read + JSON.parse the same snapshot"
    : "bare node:http process: read + YAML-parse the same files";
  return [
    row({
      name: `API cold start → /healthz 200 (${mode})`,
      size: options.size,
      value: best(ours, (time) => time.healthy),
      unit: "ms",
      baseline: best(bare, (time) => time.healthy),
      baselineName,
      target: "",
    }),
    row({
      name: `API cold start → first concept 200 (${mode})`,
      size: options.size,
      value: best(ours, (time) => time.concept),
      unit: "ms",
      baseline: best(bare, (time) => time.concept),
      baselineName,
      target: "",
    }),
  ];
}
