/**
 * Authoring while the server runs (`--watch`): when files under the content directory change, the content is
 * read, validated and laid out again beside the graph being served, and only a valid result is swapped in
 * (whole: graph, layout, search index, caches). Invalid content leaves the last valid graph serving and is
 * reported (the store's problems, shown by /readyz) until a later edit fixes it. Reloads never overlap: events
 * during a reload cause exactly one more.
 */
import { relative } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type ContentProblem, ContentValidationError } from "@kubenotes/core";
import { createContext } from "./context.js";
import type { KnowledgeStore } from "./knowledge-store.js";
import { readContent } from "./read-content.js";
import { watchDirectory } from "./watch-directory.js";

export type ReloadOutcome =
  /** Valid new content now serves. */
  | { kind: "reloaded"; contentHash: string; concepts: number; relations: number; ms: number }
  /** Valid, and the same content as served (a save without changes, or an edit undone). */
  | { kind: "unchanged"; contentHash: string; ms: number }
  /** Invalid or unreadable: the previous graph keeps serving. */
  | { kind: "refused"; problems: readonly ContentProblem[]; ms: number };

export interface LiveReloadOptions {
  /** The content directory to watch and read. */
  directory: string;
  /** Where valid content is swapped in and refusals are recorded. */
  store: KnowledgeStore;
  /** Quiet time after the last file event before reloading (default 150 ms). */
  debounceMs?: number;
  /** Told about every reload, after the store has been updated (default: nothing). */
  onReload?: (outcome: ReloadOutcome) => void;
  /** The watcher itself failed; the last graph keeps serving but no more reloads happen (default: nothing). */
  onWatchError?: (error: Error) => void;
}

export interface LiveReload {
  /** Reloads now (or once more after the reload in progress) and resolves with that reload's outcome. */
  reload(): Promise<ReloadOutcome>;
  /** Stops watching; a reload in progress still finishes. */
  close(): void;
}

/** A directory or file that vanished or cannot be read mid-edit is a problem of the content, not a crash. */
function unreadable(directory: string, error: NodeJS.ErrnoException): ContentProblem {
  const file = error.path ? relative(directory, error.path) || "." : ".";
  return {
    file,
    line: 1,
    code: "unreadable-file",
    message: `cannot read ${file} (${error.code ?? error.message})`,
    hint: "check that the content directory and its files exist and are readable",
  };
}

async function reloadOnce(directory: string, store: KnowledgeStore): Promise<ReloadOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // Parsed inline (core uses threads from 1,500 files on). For the 228 embedded concepts a reload takes
    // ~0.5 s and, with the turns yielded between its steps, requests wait at most ~0.3 s. Parsing in threads
    // cut that wait a little but made each reload take ~1.3 s, and the person editing waits for the reload.
    const knowledge = await readContent(directory);
    if (knowledge.contentHash === store.current.contentHash) {
      store.refuse([]);
      return { kind: "unchanged", contentHash: knowledge.contentHash, ms: elapsed() };
    }
    await nextTurn();
    store.swap(createContext(knowledge, store.current.settings));
    const { graph, contentHash } = knowledge;
    return { kind: "reloaded", contentHash, concepts: graph.order, relations: graph.size, ms: elapsed() };
  } catch (error) {
    let problems: readonly ContentProblem[];
    if (error instanceof ContentValidationError) problems = error.problems;
    else if ((error as NodeJS.ErrnoException).code !== undefined)
      problems = [unreadable(directory, error as NodeJS.ErrnoException)];
    else throw error;
    store.refuse(problems);
    return { kind: "refused", problems, ms: elapsed() };
  }
}

export function startLiveReload(options: LiveReloadOptions): LiveReload {
  const { directory, store } = options;
  let running: Promise<ReloadOutcome> | undefined;
  let queued: Promise<ReloadOutcome> | undefined;

  const run = (): Promise<ReloadOutcome> => {
    const work = reloadOnce(directory, store).then((outcome) => {
      options.onReload?.(outcome);
      return outcome;
    });
    running = work.finally(() => {
      running = undefined;
    });
    return running;
  };

  const reload = (): Promise<ReloadOutcome> => {
    if (!running) return run();
    // Events during a reload may have changed files it already read: exactly one more reload follows it.
    queued ??= running.then(
      () => {
        queued = undefined;
        return run();
      },
      () => {
        queued = undefined;
        return run();
      },
    );
    return queued;
  };

  const watch = watchDirectory(
    directory,
    () => {
      reload().catch((error: unknown) => options.onWatchError?.(error as Error));
    },
    { debounceMs: options.debounceMs, onError: (error) => options.onWatchError?.(error) },
  );
  return { reload, close: () => watch.close() };
}
