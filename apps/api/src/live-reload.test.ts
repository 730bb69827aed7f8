/**
 * Authoring while the server runs: real edits to a temporary copy of the fixture content, a real listening
 * server, and /readyz polled (with a deadline) until the reload has happened.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "./config.js";
import { createContext } from "./context.js";
import { createServer } from "./create-server.js";
import { createKnowledgeStore, type KnowledgeStore } from "./knowledge-store.js";
import { closeGracefully, listen } from "./listen.js";
import { type LiveReload, type ReloadOutcome, startLiveReload } from "./live-reload.js";
import { readContent } from "./read-content.js";
import { FIXTURE_CONTENT } from "./testing/fixture-server.js";

const content = mkdtempSync(join(tmpdir(), "kubenotes-live-"));
cpSync(FIXTURE_CONTENT, content, { recursive: true });
const POD = join(content, "pod.md");
const ORIGINAL_POD = readFileSync(POD, "utf8");

/** A new concept that links into the graph (so it is no orphan). */
const EXTRA = join(content, "pod-sandbox.md");
const EXTRA_TEXT = `---
id: pod-sandbox
kind: concept
name:
  ko: 파드 샌드박스
  en: Pod sandbox
summary:
  ko: 파드의 컨테이너들이 공유하는 격리 환경이다.
  en: The isolated environment the containers of a pod share.
tags:
- kubernetes
level: advanced
relations:
  part-of:
  - pod
sources:
- title: Pod (official documentation)
  url: https://kubernetes.io/docs/concepts/workloads/pods/
---
# ko

파드 샌드박스는 파드의 컨테이너들이 공유하는 격리 환경이다.

# en

Pod sandbox: the isolated environment the containers of a pod share.
`;

let store: KnowledgeStore;
let live: LiveReload;
let server: Server;
let base: string;
const outcomes: ReloadOutcome[] = [];

beforeAll(async () => {
  const knowledge = await readContent(content);
  store = createKnowledgeStore(
    createContext(knowledge, { ...DEFAULT_SERVER_SETTINGS, rateLimitPerMinute: 0, webRoot: null }),
  );
  server = await listen(createServer({ store }), { host: "127.0.0.1", port: 0 });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  live = startLiveReload({ directory: content, store, debounceMs: 40, onReload: (o) => outcomes.push(o) });
});

afterAll(async () => {
  live.close();
  await closeGracefully(server, 1_000);
  rmSync(content, { recursive: true, force: true });
});

interface Readiness {
  status: "ready" | "stale";
  concepts: number;
  contentHash: string;
  problems: { file: string; line: number; code: string }[];
}

async function getJson<T>(path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

/** Polls /readyz until `done` holds; fails after `timeoutMs`. */
async function readyzUntil(done: (body: Readiness) => boolean, timeoutMs = 10_000): Promise<Readiness> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await getJson<Readiness>("/readyz");
    expect(status).toBe(200);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`/readyz never got there; last: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const podName = async () => (await getJson<{ name: string }>("/api/v1/concepts/pod?lang=en")).body.name;

describe("live reload of the content directory", () => {
  it("serves a valid edit once it is saved", async () => {
    const before = (await readyzUntil(() => true)).contentHash;
    writeFileSync(POD, ORIGINAL_POD.replace("  en: Pod\n", "  en: Pod (edited)\n"));
    const after = await readyzUntil((body) => body.contentHash !== before);
    expect(after).toMatchObject({ status: "ready", concepts: 23, problems: [] });
    expect(await podName()).toBe("Pod (edited)");
  });

  it("keeps the last valid graph serving while an edit is invalid, and reports every problem as file:line", async () => {
    const served = (await readyzUntil(() => true)).contentHash;
    writeFileSync(
      POD,
      ORIGINAL_POD.replace("kind: resource", "kind: gadget").replace("  - node\n", "  - nowhere\n"),
    );
    const stale = await readyzUntil((body) => body.status === "stale");
    expect(stale.contentHash).toBe(served);
    expect(stale.problems.map(({ file, code }) => [file, code]).sort()).toEqual([
      ["pod.md", "dangling-target"],
      ["pod.md", "invalid-value"],
    ]);
    for (const problem of stale.problems) expect(problem.line).toBeGreaterThan(1);
    expect(await podName()).toBe("Pod (edited)");
    const search = await getJson<{ hits: { id: string }[] }>(
      `/api/v1/search?q=${encodeURIComponent("파드")}`,
    );
    expect(search.status).toBe(200);
    expect(search.body.hits[0]?.id).toBe("pod");
  });

  it("recovers when the problem is fixed", async () => {
    writeFileSync(POD, ORIGINAL_POD);
    const ready = await readyzUntil((body) => body.status === "ready");
    expect(ready.problems).toEqual([]);
    expect(await podName()).toBe("Pod");
  });

  it("picks up new and deleted files", async () => {
    writeFileSync(EXTRA, EXTRA_TEXT);
    await readyzUntil((body) => body.concepts === 24);
    const neighbors = await getJson<{ nodes: { id: string }[] }>("/api/v1/concepts/pod/neighbors");
    expect(neighbors.body.nodes.map((node) => node.id)).toContain("pod-sandbox");
    unlinkSync(EXTRA);
    await readyzUntil((body) => body.concepts === 23);
    expect((await getJson("/api/v1/concepts/pod-sandbox")).status).toBe(404);
  });

  it("reloads once for a burst of saves, and not at all for editor swap files", async () => {
    await readyzUntil((body) => body.status === "ready" && body.concepts === 23);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen = outcomes.length;
    for (let index = 0; index < 10; index++)
      writeFileSync(POD, ORIGINAL_POD.replace("  en: Pod\n", `  en: Pod ${index}\n`));
    await readyzUntil(() => outcomes.length > seen);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outcomes.length - seen).toBe(1);
    expect(await podName()).toBe("Pod 9");
    writeFileSync(join(content, ".pod.md.swp"), "swap");
    writeFileSync(join(content, "pod.md~"), "backup");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(outcomes.length - seen).toBe(1);
  });

  it("never lets a request see part of one graph and part of another", async () => {
    let stop = false;
    const seen: { hash: string; nodes: number; hasExtra: boolean; extraEdge: boolean; placed: boolean }[] =
      [];
    const readers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        const { body } = await getJson<{
          contentHash: string;
          nodes: { id: string; x: number }[];
          edges: { source: string; target: string }[];
        }>("/api/v1/graph?lang=en");
        const extra = body.nodes.find((node) => node.id === "pod-sandbox");
        seen.push({
          hash: body.contentHash,
          nodes: body.nodes.length,
          hasExtra: extra !== undefined,
          extraEdge: body.edges.some((edge) => edge.source === "pod-sandbox" && edge.target === "pod"),
          placed: extra !== undefined && Number.isFinite(extra.x),
        });
      }
    });
    for (let round = 0; round < 3; round++) {
      writeFileSync(EXTRA, EXTRA_TEXT);
      await readyzUntil((body) => body.concepts === 24);
      unlinkSync(EXTRA);
      await readyzUntil((body) => body.concepts === 23);
    }
    stop = true;
    await Promise.all(readers);
    expect(seen.length).toBeGreaterThan(20);
    const nodesByHash = new Map<string, Set<number>>();
    for (const view of seen) {
      // Each answer is one whole graph: the new concept, its edge and its position arrive together.
      expect([view.hasExtra, view.extraEdge, view.placed]).toEqual([
        view.nodes === 24,
        view.nodes === 24,
        view.nodes === 24,
      ]);
      nodesByHash.set(view.hash, (nodesByHash.get(view.hash) ?? new Set()).add(view.nodes));
    }
    expect(new Set(seen.map((view) => view.nodes))).toEqual(new Set([23, 24]));
    for (const counts of nodesByHash.values()) expect(counts.size).toBe(1);
  });

  it("reports an unreadable content directory as a problem and keeps serving", async () => {
    const broken = mkdtempSync(join(tmpdir(), "kubenotes-live-gone-"));
    const brokenStore = createKnowledgeStore(store.current);
    const reloads = startLiveReload({ directory: broken, store: brokenStore, debounceMs: 10 });
    rmSync(broken, { recursive: true, force: true });
    const outcome = await reloads.reload();
    reloads.close();
    expect(outcome.kind).toBe("refused");
    expect(brokenStore.problems.map((problem) => problem.code)).toEqual(["unreadable-file"]);
    expect(brokenStore.current).toBe(store.current);
  });
});
