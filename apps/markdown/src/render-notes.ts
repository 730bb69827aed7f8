/** Renders one export (format × language) to files in memory; pure: same graph and outline, same bytes. */
import type { KnowledgeGraph, Language, NoteOutline } from "@kubenotes/core";
import type { GeneratedFile, NoteFormat } from "./generated-file.js";
import { exportScope } from "./marker.js";
import { renderPost } from "./post/render-post.js";
import { renderVault } from "./vault/render-vault.js";

export interface RenderedNotes {
  files: GeneratedFile[];
  /** Marker scope of these files (see marker.ts). */
  scope: string;
}

/** @param outline required for `post`, ignored for `vault` */
export function renderNotes(
  graph: KnowledgeGraph,
  format: NoteFormat,
  lang: Language,
  outline?: NoteOutline,
): RenderedNotes {
  if (format === "vault") return { files: renderVault(graph, lang), scope: exportScope("vault", lang) };
  if (!outline) throw new TypeError("renderNotes: the post format needs an outline");
  return { files: [renderPost(graph, outline, lang)], scope: exportScope("post", lang, outline.id) };
}
