/** Reads, validates and builds: the one way to get a graph from a content directory. */
import { readContentFiles } from "../content/load-content.js";
import { validateContent } from "../content/validate-content.js";
import { ContentValidationError } from "../errors.js";
import { buildGraph } from "./build-graph.js";
import type { KnowledgeGraph } from "./knowledge-graph.js";

/**
 * @throws ContentValidationError with every problem when the content is invalid; no partial graph is returned
 */
export async function loadKnowledge(directory: string): Promise<KnowledgeGraph> {
  const files = await readContentFiles(directory);
  const { concepts, problems } = validateContent(files);
  if (problems.length > 0) throw new ContentValidationError(problems);
  return buildGraph(concepts);
}
