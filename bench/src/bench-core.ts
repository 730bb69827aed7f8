/**
 * Core benchmarks at one content size: load + validate + build vs parsing the same files and a bare
 * graphology import; snapshot load; search vs a bare MiniSearch over the same documents; shortest path vs
 * graphology's own bidirectional search on the same graph.
 */
import { readFile } from "node:fs/promises";
import {
  buildGraph,
  type ContentFile,
  computeLayout,
  createSearchIndex,
  createSnapshot,
  type KnowledgeGraph,
  loadKnowledge,
  NoPathError,
  readContentFiles,
  readSnapshot,
  searchConcepts,
  shortestPath,
  validateContent,
} from "@kubenotes/core";
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path";
import MiniSearch from "minisearch";
import { parse } from "yaml";
import { bestOf, timePair } from "./measure.js";
import { createRandom, pick } from "./random.js";
import { type BenchFailure, type BenchRow, row } from "./results.js";

interface ParsedFront {
  id: string;
  name: { ko: string; en: string };
  summary: { ko: string; en: string };
  relations?: Record<string, string[]>;
}

/** Baseline loader: read the same files, parse their YAML, import nodes and edges into graphology. */
async function bareLoad(directory: string): Promise<Graph> {
  const files = await readContentFiles(directory);
  const nodes: { key: string; attributes: ParsedFront & { body: string } }[] = [];
  const edges: { source: string; target: string; attributes: { type: string } }[] = [];
  for (const { text } of files) {
    const end = text.indexOf("\n---", 4);
    const front = parse(text.slice(4, end)) as ParsedFront;
    nodes.push({ key: front.id, attributes: { ...front, body: text.slice(end + 5) } });
    for (const [type, targets] of Object.entries(front.relations ?? {})) {
      for (const target of targets) edges.push({ source: front.id, target, attributes: { type } });
    }
  }
  const graph = new Graph({ multi: true, type: "directed" });
  graph.import({ nodes, edges });
  return graph;
}

function queries(graph: KnowledgeGraph, count: number): string[] {
  const random = createRandom(7);
  const ids = graph.nodes();
  return Array.from({ length: count }, (_, index) => {
    const concept = graph.getNodeAttributes(pick(random, ids));
    const word =
      (index % 2 === 0 ? concept.name.ko : concept.name.en).split(" ")[index % 3 === 0 ? 0 : 1] ?? concept.id;
    switch (index % 4) {
      case 0:
        return word;
      case 1:
        return word.slice(0, Math.max(2, Math.ceil(word.length * 0.7)));
      case 2:
        return `${concept.summary.en.split(" ")[2] ?? word} ${word}`;
      default:
        return concept.name.en;
    }
  });
}

/** A failure of the file system rather than of the code under test (the descriptor limit, mostly). */
function isFileSystemLimit(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === "EMFILE" || code === "ENFILE";
}

/**
 * After a rejected Promise.all of reads, the other reads are still open; give them back their descriptors
 * before anything else opens a file (the benchmarks below are synchronous and would keep them open).
 */
async function fileReadsSettled(): Promise<void> {
  const pending = () => process.getActiveResourcesInfo().some((name) => /^(FSReq|FileHandle)/.test(name));
  for (let waited = 0; pending() && waited < 60_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * @param files the same content in memory: when loading the folder hits a file-system limit, that failure is
 *   reported and the other figures are measured on a graph built from these instead
 */
export async function benchCore(
  size: string,
  directory: string,
  runs: number,
  files?: readonly ContentFile[],
): Promise<{ rows: BenchRow[]; graph: KnowledgeGraph; failures: BenchFailure[] }> {
  const rows: BenchRow[] = [];
  const failures: BenchFailure[] = [];
  let graph: KnowledgeGraph;
  try {
    graph = await loadKnowledge(directory);
  } catch (error) {
    if (!files || !isFileSystemLimit(error)) throw error;
    failures.push({ figure: "load + validate + build", size, error: String(error) });
    await fileReadsSettled();
    const { concepts } = validateContent(files);
    return { ...(await benchQueries(size, buildGraph(concepts), runs)), failures };
  }
  const ours = await bestOf(runs, async () => {
    graph = await loadKnowledge(directory);
  });
  let bare = await bareLoad(directory);
  const baseline = await bestOf(runs, async () => {
    bare = await bareLoad(directory);
  });
  const exported = bare.export();
  const importOnly = await bestOf(runs, () => new Graph({ multi: true, type: "directed" }).import(exported));
  rows.push(
    row({
      name: "load + validate + build",
      size,
      value: ours,
      unit: "ms",
      baseline,
      baselineName: "read + YAML parse + graphology import",
      target: "≤ 2",
    }),
  );
  rows.push(
    row({
      name: "load + validate + build (vs import only)",
      size,
      value: ours,
      unit: "ms",
      baseline: importOnly,
      baselineName: "graphology import of the parsed nodes and edges",
      target: "",
    }),
  );
  const queried = await benchQueries(size, graph, runs);
  return { rows: [...rows, ...queried.rows], graph, failures };
}

/** Snapshot load, search and shortest path on a built graph. */
async function benchQueries(
  size: string,
  graph: KnowledgeGraph,
  runs: number,
): Promise<{ rows: BenchRow[]; graph: KnowledgeGraph }> {
  const rows: BenchRow[] = [];
  const exported = graph.export();
  const snapshotJson = createSnapshot(graph, computeLayout(graph, { iterations: 5 }));
  const snapshotLoad = await bestOf(runs, () => readSnapshot(snapshotJson));
  const bareJson = JSON.stringify(exported);
  const bareSnapshot = await bestOf(runs, () =>
    new Graph({ multi: true, type: "directed" }).import(JSON.parse(bareJson)),
  );
  rows.push(
    row({
      name: "snapshot load",
      size,
      value: snapshotLoad,
      unit: "ms",
      baseline: bareSnapshot,
      baselineName: "JSON.parse + graphology import",
      target: "",
    }),
  );

  const index = createSearchIndex(graph);
  const plain = new MiniSearch<{ id: string; name: string; summary: string; body: string }>({
    fields: ["name", "summary", "body"],
  });
  plain.addAll(
    graph.mapNodes((id, concept) => ({
      id,
      name: `${concept.name.ko} ${concept.name.en}`,
      summary: `${concept.summary.ko} ${concept.summary.en}`,
      body: `${concept.body.ko} ${concept.body.en}`,
    })),
  );
  // At 100k a search takes about 0.3 s: 200 queries (p99 = the second slowest) keep the run near 20 minutes.
  const samples = graph.order >= 50_000 ? 200 : 2_000;
  const searchInputs = queries(graph, samples);
  const [ourSearch, plainSearch] = timePair(
    searchInputs,
    (query) => searchConcepts(graph, index, query, { limit: 20 }),
    (query) => plain.search(query, { prefix: true, fuzzy: 0.2 }).slice(0, 20),
  );
  rows.push(
    row({
      name: "search p50",
      size,
      value: ourSearch.p50,
      unit: "ms",
      baseline: plainSearch.p50,
      baselineName: "bare MiniSearch (prefix, fuzzy) over the same documents",
      target: "",
    }),
  );
  rows.push(
    row({
      name: "search p99",
      size,
      value: ourSearch.p99,
      unit: "ms",
      baseline: plainSearch.p99,
      baselineName: "bare MiniSearch (prefix, fuzzy) over the same documents",
      target: "≤ 2",
    }),
  );

  const random = createRandom(11);
  const ids = graph.nodes();
  const pairs = Array.from({ length: samples }, () => [pick(random, ids), pick(random, ids)] as const);
  const plainGraph = buildGraph(graph.mapNodes((_id, concept) => concept));
  const [ourPath, barePath] = timePair(
    pairs,
    ([from, to]) => {
      try {
        return shortestPath(graph, from, to, { direction: "out" });
      } catch (error) {
        if (!(error instanceof NoPathError)) throw error;
        return undefined;
      }
    },
    ([from, to]) => bidirectional(plainGraph, from, to),
  );
  rows.push(
    row({
      name: "shortest path p50",
      size,
      value: ourPath.p50,
      unit: "ms",
      baseline: barePath.p50,
      baselineName: "graphology-shortest-path bidirectional",
      target: "",
    }),
  );
  rows.push(
    row({
      name: "shortest path p99",
      size,
      value: ourPath.p99,
      unit: "ms",
      baseline: barePath.p99,
      baselineName: "graphology-shortest-path bidirectional",
      target: "≤ 1.5",
    }),
  );
  return { rows, graph };
}

export async function readText(path: string): Promise<string> {
  return readFile(path, "utf8");
}
