/** Reads, validates and builds: the one way to get a graph from a content directory. */
import { readContentFiles } from "../content/load-content.js";
import { type ParseConceptFilesOptions, parseConceptFiles } from "../content/parse-concept-files.js";
import { validateParsedContent } from "../content/validate-content.js";
import { ContentValidationError } from "../errors.js";
import { buildGraph } from "./build-graph.js";
import type { KnowledgeGraph } from "./knowledge-graph.js";

/**
 * @param options how to parallelise parsing (defaults: threads from 1,500 files on)
 * @throws ContentValidationError with every problem when the content is invalid; no partial graph is returned
 */
export async function loadKnowledge(
  directory: string,
  options: ParseConceptFilesOptions = {},
): Promise<KnowledgeGraph> {
  const files = await readContentFiles(directory);
  const { concepts, problems } = validateParsedContent(await parseConceptFiles(files, options));
  if (problems.length > 0) throw new ContentValidationError(problems);
  return buildGraph(concepts);
}
