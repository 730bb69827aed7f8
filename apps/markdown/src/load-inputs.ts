/** Reads what an export is made from: the validated graph of a content directory, and a note outline. */
import { readFile } from "node:fs/promises";
import { type KnowledgeGraph, loadKnowledge, type NoteOutline, parseOutline } from "@kubenotes/core";
import { ExportIoError } from "./errors.js";

/**
 * @throws ContentValidationError with every problem when the content is invalid
 * @throws ExportIoError when the directory cannot be read
 */
export async function loadGraph(contentDirectory: string): Promise<KnowledgeGraph> {
  try {
    return await loadKnowledge(contentDirectory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== undefined)
      throw new ExportIoError(contentDirectory, error, "read content directory");
    throw error;
  }
}

/**
 * @throws ContentValidationError when the outline is malformed or names concepts the graph lacks
 * @throws ExportIoError when the file cannot be read
 */
export async function loadOutline(outlinePath: string, graph: KnowledgeGraph): Promise<NoteOutline> {
  let text: string;
  try {
    text = await readFile(outlinePath, "utf8");
  } catch (error) {
    throw new ExportIoError(outlinePath, error, "read outline");
  }
  return parseOutline(outlinePath, text, graph);
}
