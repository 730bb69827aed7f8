/**
 * Loads the knowledge the server will answer from: the validated snapshot built by @kubenotes/knowledge, or,
 * when a content directory is configured, that directory, validated now and laid out. Every failure becomes
 * a StartupError whose message is one line a person can act on.
 */
import { readFile, stat } from "node:fs/promises";
import { ContentValidationError, readSnapshot, SnapshotError } from "@kubenotes/core";
import type { Knowledge } from "./context.js";
import { formatContentProblems, readContent } from "./read-content.js";

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

async function fromContent(directory: string): Promise<LoadedKnowledge> {
  const found = await stat(directory).catch(() => undefined);
  if (!found) throw new StartupError(`content directory ${directory} does not exist (KUBENOTES_CONTENT)`);
  if (!found.isDirectory())
    throw new StartupError(`content path ${directory} is not a directory (KUBENOTES_CONTENT)`);
  try {
    return { ...(await readContent(directory)), source: directory };
  } catch (error) {
    if (error instanceof ContentValidationError) {
      const count = error.problems.length;
      throw new StartupError(
        `content in ${directory} is invalid (${count} problem${count === 1 ? "" : "s"}); nothing is served`,
        formatContentProblems(directory, error.problems),
      );
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    throw new StartupError(`cannot read the content ${path ?? directory} (${code}); check its permissions`);
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
