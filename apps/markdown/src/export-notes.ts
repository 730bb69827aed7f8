/** One export end to end: load the content (and outline), render, and write or check the output folder. */
import { resolve } from "node:path";
import type { Language } from "@kubenotes/core";
import { readConfig } from "./config.js";
import type { NoteFormat } from "./generated-file.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderNotes } from "./render-notes.js";
import { type WriteOptions, type WriteReport, writeNotes } from "./write/write-notes.js";

export interface ExportOptions extends WriteOptions {
  format: NoteFormat;
  /** Language of the text (default `ko`). */
  lang?: Language;
  /** Output folder; created when missing. */
  out: string;
  /** Content directory (default: `KUBENOTES_CONTENT`, else the embedded knowledge). */
  content?: string;
  /** Outline file for `post` (default: packages/knowledge/outlines/kubernetes-note.yaml). */
  outline?: string;
}

export async function exportNotes(options: ExportOptions): Promise<WriteReport> {
  const config = readConfig();
  const lang = options.lang ?? "ko";
  const content = resolve(options.content ?? config.contentDirectory);
  options.onProgress?.(`loading content from ${content}`);
  const graph = await loadGraph(content);
  const outline =
    options.format === "post"
      ? await loadOutline(resolve(options.outline ?? config.outlinePath), graph)
      : undefined;
  options.onProgress?.(`rendering ${options.format} (${lang}) from ${graph.order} concepts`);
  const { files, scope } = renderNotes(graph, options.format, lang, outline);
  return writeNotes(resolve(options.out), files, scope, options);
}
