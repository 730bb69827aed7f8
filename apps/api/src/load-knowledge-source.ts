/**
 * Loads the knowledge the server will answer from: the validated snapshot built by @kubenotes/knowledge, or,
 * when a content directory is configured, that directory, validated now and laid out. Every failure becomes
 * a StartupError whose message is one line a person can act on.
 */
import { readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  ContentValidationError,
  computeLayout,
  formatContentProblem,
  hashConcepts,
  loadKnowledge,
  readSnapshot,
  SnapshotError,
} from "@kubenotes/core";
import type { Knowledge } from "./context.js";

/** A fault that stops the server from starting; `details` are printed before the one-line message. */
export class StartupError extends Error {
  override readonly name = "StartupError";
  readonly details: readonly string[];
  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.details = details;
  }
}

export interface KnowledgeSourceOptions {
  /** Content directory to validate and load; null to use the snapshot. */
  contentDirectory: string | null;
  /** Snapshot file, used when there is no content directory. */
  snapshotPath: string;
}

export interface LoadedKnowledge extends Knowledge {
  /** Where it came from, for the start-up log. */
  source: string;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function fromContent(directory: string): Promise<LoadedKnowledge> {
  if (!(await isDirectory(directory))) {
    throw new StartupError(`content directory ${directory} does not exist (KUBENOTES_CONTENT)`);
  }
  try {
    const graph = await loadKnowledge(directory);
    const layout = computeLayout(graph);
    // The same hash a snapshot of this content would carry.
    const contentHash = hashConcepts(JSON.stringify(graph.mapNodes((_id, concept) => concept)));
    return { graph, layout, contentHash, source: directory };
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    // Paths relative to the working directory when the content is below it, so editors can jump to file:line.
    const below = relative(process.cwd(), directory);
    const shown = below === "" ? "." : below.startsWith("..") ? directory : below;
    const details = error.problems.map((problem) =>
      formatContentProblem({ ...problem, file: join(shown, problem.file) }),
    );
    const count = error.problems.length;
    throw new StartupError(
      `content in ${directory} is invalid (${count} problem${count === 1 ? "" : "s"}); nothing is served`,
      details,
    );
  }
}

async function fromSnapshot(path: string): Promise<LoadedKnowledge> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new StartupError(
      `cannot read the snapshot ${path} (${code}); build it with \`npm run build\`, or set KUBENOTES_CONTENT to a content directory`,
    );
  }
  try {
    const { graph, layout, contentHash } = readSnapshot(text);
    return { graph, layout, contentHash, source: path };
  } catch (error) {
    const reason =
      error instanceof SnapshotError
        ? error.message
        : "its concepts do not form a graph; rebuild it with `npm run build`";
    throw new StartupError(`snapshot ${path} is unusable: ${reason}`);
  }
}

/** @throws StartupError when the content is missing or invalid, or the snapshot is missing or corrupt */
export function loadKnowledgeSource(options: KnowledgeSourceOptions): Promise<LoadedKnowledge> {
  return options.contentDirectory === null
    ? fromSnapshot(options.snapshotPath)
    : fromContent(options.contentDirectory);
}
