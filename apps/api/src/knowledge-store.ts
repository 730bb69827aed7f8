/**
 * The knowledge a running server answers from, replaced whole. A reload builds the next context (graph,
 * layout, search index, empty response caches) beside the current one, then swaps it in with one assignment;
 * a request reads `current` once and keeps that context to its end, so no request ever sees part of one
 * graph and part of another. Refused content leaves the current context serving and is reported instead.
 */
import type { ContentProblem } from "@kubenotes/core";
import type { ApiContext } from "./context.js";

export interface KnowledgeStore {
  /** The context new requests start with. */
  readonly current: ApiContext;
  /** Why the newest content on disk was refused; empty while `current` is the newest content. */
  readonly problems: readonly ContentProblem[];
  /** Serves `next` from now on (requests in flight finish with the context they started with). */
  swap(next: ApiContext): void;
  /** Keeps serving `current` and records why newer content was refused (an empty list clears the record). */
  refuse(problems: readonly ContentProblem[]): void;
}

export function createKnowledgeStore(initial: ApiContext): KnowledgeStore {
  let current = initial;
  let problems: readonly ContentProblem[] = [];
  return {
    get current() {
      return current;
    },
    get problems() {
      return problems;
    },
    swap(next) {
      current = next;
      problems = [];
    },
    refuse(refused) {
      problems = Object.freeze([...refused]);
    },
  };
}
