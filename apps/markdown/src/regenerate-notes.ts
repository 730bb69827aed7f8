/**
 * The committed notes: the post and the vault, in Korean and English, under `<notes>/{post,vault}/{ko,en}`,
 * all rendered from one load of the content. With `check`, writes nothing and reports what is stale.
 */
import { join, resolve } from "node:path";
import { LANGUAGES, type Language } from "@kubenotes/core";
import { NOTE_FORMATS, type NoteFormat } from "./generated-file.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderNotes } from "./render-notes.js";
import { type WriteOptions, type WriteReport, writeNotes } from "./write/write-notes.js";

export interface RegenerateOptions extends WriteOptions {
  /** Root of the notes tree (docs/notes). */
  notesDirectory: string;
  contentDirectory: string;
  outlinePath: string;
}

export interface NotesSetReport {
  format: NoteFormat;
  lang: Language;
  out: string;
  report: WriteReport;
}

export async function regenerateNotes(options: RegenerateOptions): Promise<NotesSetReport[]> {
  options.onProgress?.(`loading content from ${options.contentDirectory}`);
  const graph = await loadGraph(resolve(options.contentDirectory));
  const outline = await loadOutline(resolve(options.outlinePath), graph);
  const reports: NotesSetReport[] = [];
  for (const format of NOTE_FORMATS) {
    for (const lang of LANGUAGES) {
      const out = join(resolve(options.notesDirectory), format, lang);
      options.onProgress?.(`${options.check ? "checking" : "rendering"} ${format} (${lang})`);
      const { files, scope } = renderNotes(graph, format, lang, outline);
      reports.push({ format, lang, out, report: await writeNotes(out, files, scope, options) });
    }
  }
  return reports;
}
