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
export const SNAPSHOT_VERSION = 2;

/**
 * The header line of a snapshot file. The file is three lines: this header, the concepts as JSON, the layout
 * as JSON. The hash covers the concepts line byte for byte, so reading never has to re-serialise to check it.
 */
export interface SnapshotHeader {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** sha256 of the concepts line; detects corruption and names the content version (ETags). */
  contentHash: string;
  concepts: number;
}

export interface LoadedSnapshot {
  graph: KnowledgeGraph;
  layout: Layout;
  contentHash: string;
}

export function hashConcepts(conceptsJson: string): string {
  return createHash("sha256").update(conceptsJson).digest("hex");
}

/** Serialises a validated graph and its layout (the text of a snapshot file). */
export function createSnapshot(graph: KnowledgeGraph, layout: Layout): string {
  const concepts = JSON.stringify(graph.mapNodes((_id, concept) => concept));
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    contentHash: hashConcepts(concepts),
    concepts: graph.order,
  };
  return `${JSON.stringify(header)}\n${concepts}\n${JSON.stringify(layout)}\n`;
}

const REBUILD = "rebuild it with `npm run build`";

/**
 * @param text the text of a snapshot file
 * @throws SnapshotError when the text is not a snapshot of this version or its hash does not match
 */
export function readSnapshot(text: string): LoadedSnapshot {
  const first = text.indexOf("\n");
  const second = first === -1 ? -1 : text.indexOf("\n", first + 1);
  if (second === -1)
    throw new SnapshotError(`not a ${SNAPSHOT_FORMAT} file (expected three lines); ${REBUILD}`);
  const header = parseJson<Partial<SnapshotHeader>>(text.slice(0, first), "header");
  if (header?.format !== SNAPSHOT_FORMAT || header.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`not a ${SNAPSHOT_FORMAT} v${SNAPSHOT_VERSION} file; ${REBUILD}`);
  }
  const conceptsJson = text.slice(first + 1, second);
  const contentHash = hashConcepts(conceptsJson);
  if (contentHash !== header.contentHash) {
    throw new SnapshotError(
      `snapshot content does not match its hash (corrupt or edited by hand); ${REBUILD}`,
    );
  }
  const concepts = parseJson<Concept[]>(conceptsJson, "concepts");
  const layout = parseJson<Layout>(text.slice(second + 1), "layout");
  if (!Array.isArray(concepts) || typeof layout !== "object" || layout === null) {
    throw new SnapshotError(`snapshot is missing its concepts or layout; ${REBUILD}`);
  }
  return { graph: buildGraph(concepts), layout, contentHash };
}

function parseJson<T>(text: string, part: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new SnapshotError(`snapshot ${part} is not valid JSON (${(error as Error).message}); ${REBUILD}`);
  }
}
