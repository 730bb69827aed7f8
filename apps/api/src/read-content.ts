/**
 * Reads a content directory into servable knowledge: validated graph, layout and the content hash a
 * snapshot of it would carry. Shared by start-up and live reload, which word its failures differently.
 */
import { join, relative } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import {
  type ContentProblem,
  computeLayout,
  formatContentProblem,
  hashConcepts,
  loadKnowledge,
} from "@kubenotes/core";
import type { Knowledge } from "./context.js";

/**
 * @throws ContentValidationError with every problem when the content is invalid
 * @throws the file system's error (ENOENT, ENOTDIR, EACCES…) when the directory or a file cannot be read
 */
export async function readContent(directory: string): Promise<Knowledge> {
  const graph = await loadKnowledge(directory);
  // Let requests waiting on a running server through between the synchronous steps of a reload.
  await nextTurn();
  const layout = computeLayout(graph);
  const contentHash = hashConcepts(JSON.stringify(graph.mapNodes((_id, concept) => concept)));
  return { graph, layout, contentHash };
}

/**
 * Problems as `file:line: message [code]` with a hint line, the way every kubenotes CLI prints them; paths are
 * relative to the working directory when the content is below it, so terminals and editors can jump to them.
 */
export function formatContentProblems(directory: string, problems: readonly ContentProblem[]): string[] {
  const below = relative(process.cwd(), directory);
  const shown = below === "" ? "." : below.startsWith("..") ? directory : below;
  return problems.map((problem) => formatContentProblem({ ...problem, file: join(shown, problem.file) }));
}
