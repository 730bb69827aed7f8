/** Writes the snapshot the API and its cold-start baseline read, as `@kubenotes/knowledge`'s build would. */
import { writeFile } from "node:fs/promises";
import { computeLayout, createSnapshot, type KnowledgeGraph } from "@kubenotes/core";

/** Above this many concepts the layout runs a few iterations only: positions do not change load costs. */
const FULL_LAYOUT_LIMIT = 10_000;

export async function writeSnapshot(path: string, graph: KnowledgeGraph): Promise<string> {
  const layout = computeLayout(graph, graph.order > FULL_LAYOUT_LIMIT ? { iterations: 5 } : {});
  await writeFile(path, createSnapshot(graph, layout));
  return path;
}
