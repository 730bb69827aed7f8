/**
 * A serialisable snapshot of validated content: the concepts, their layout and a content hash. `npm start`
 * loads this instead of re-reading and re-validating every file, and refuses a snapshot that was altered.
 */
import { createHash } from "node:crypto";
import { SnapshotError } from "../errors.js";
import { buildGraph } from "../graph/build-graph.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import type { Layout } from "../layout/compute-layout.js";
import type { Concept } from "../model/concept-schema.js";

export const SNAPSHOT_FORMAT = "kubenotes-snapshot";
export const SNAPSHOT_VERSION = 1;

export interface KnowledgeSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** sha256 of the JSON of `concepts`; detects corruption and names the content version (ETags). */
  contentHash: string;
  concepts: Concept[];
  layout: Layout;
}

export interface LoadedSnapshot {
  graph: KnowledgeGraph;
  layout: Layout;
  contentHash: string;
}

export function hashConcepts(concepts: readonly Concept[]): string {
  return createHash("sha256").update(JSON.stringify(concepts)).digest("hex");
}

export function createSnapshot(graph: KnowledgeGraph, layout: Layout): KnowledgeSnapshot {
  const concepts = graph.mapNodes((_id, concept) => concept);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    contentHash: hashConcepts(concepts),
    concepts,
    layout,
  };
}

/**
 * @param json the text of a snapshot file
 * @throws SnapshotError when the text is not a snapshot of this version or its hash does not match
 */
export function readSnapshot(json: string): LoadedSnapshot {
  let data: Partial<KnowledgeSnapshot>;
  try {
    data = JSON.parse(json) as Partial<KnowledgeSnapshot>;
  } catch (error) {
    throw new SnapshotError(
      `snapshot is not valid JSON (${(error as Error).message}); rebuild it with \`npm run build\``,
    );
  }
  if (data?.format !== SNAPSHOT_FORMAT || data.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `not a ${SNAPSHOT_FORMAT} v${SNAPSHOT_VERSION} file; rebuild it with \`npm run build\``,
    );
  }
  if (!Array.isArray(data.concepts) || typeof data.layout !== "object" || data.layout === null) {
    throw new SnapshotError("snapshot is missing its concepts or layout; rebuild it with `npm run build`");
  }
  const contentHash = hashConcepts(data.concepts);
  if (contentHash !== data.contentHash) {
    throw new SnapshotError(
      "snapshot content does not match its hash (corrupt or edited by hand); rebuild it with `npm run build`",
    );
  }
  return { graph: buildGraph(data.concepts), layout: data.layout, contentHash };
}
