/** The exporter's defaults, read in this one module (the only place that reads `process.env`). */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { conceptsDirectory, outlinesDirectory } from "@kubenotes/knowledge";

export interface ExporterConfig {
  /** Content directory: `KUBENOTES_CONTENT` when set, else the embedded packages/knowledge/concepts. */
  contentDirectory: string;
  /** The embedded knowledge (packages/knowledge/concepts), which docs/notes is always generated from. */
  knowledgeDirectory: string;
  /** The note outline the post follows (default: packages/knowledge/outlines/kubernetes-note.yaml). */
  outlinePath: string;
  /** Where `npm run notes` writes the committed notes (default: docs/notes at the repository root). */
  notesDirectory: string;
}

/** Outline of the seed note; the only outline today. */
export const DEFAULT_OUTLINE = "kubernetes-note.yaml";

export function readConfig(env: NodeJS.ProcessEnv = process.env): ExporterConfig {
  const content = env.KUBENOTES_CONTENT?.trim();
  return {
    contentDirectory: content ? content : conceptsDirectory,
    knowledgeDirectory: conceptsDirectory,
    outlinePath: join(outlinesDirectory, DEFAULT_OUTLINE),
    // src/ and dist/ both sit in apps/markdown, three levels below the repository root.
    notesDirectory: fileURLToPath(new URL("../../../docs/notes", import.meta.url)),
  };
}
