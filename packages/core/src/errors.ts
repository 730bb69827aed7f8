/**
 * Error classes of @kubenotes/core, one per category, so callers switch on the class, never on the text.
 * The HTTP layer and the CLIs map these classes to status codes and exit codes in one place each.
 */

/** One problem found in content: where it is, what is wrong, how to fix it. */
export interface ContentProblem {
  /** Path of the file, as given to the loader (relative to the content directory). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** Stable machine-readable code, e.g. `dangling-target`. */
  code: ContentProblemCode;
  /** What is wrong, naming the bad value. */
  message: string;
  /** How to fix it, naming the valid choices where there are any. */
  hint: string;
}

export type ContentProblemCode =
  | "unreadable-file"
  | "missing-front-matter"
  | "yaml-syntax"
  | "unknown-field"
  | "invalid-value"
  | "missing-field"
  | "missing-text"
  | "missing-body"
  | "unknown-body-section"
  | "id-filename-mismatch"
  | "duplicate-id"
  | "duplicate-alias"
  | "dangling-target"
  | "self-relation"
  | "duplicate-relation"
  | "cycle"
  | "orphan"
  | "event-date"
  | "status-replacement"
  | "empty-content";

/** Thrown when content fails validation. Carries every problem found, not just the first. */
export class ContentValidationError extends Error {
  override readonly name = "ContentValidationError";
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `kubenotes: content is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n` +
        problems.map(formatContentProblem).join("\n"),
    );
    this.problems = problems;
  }
}

/** `file:line: message (code)\n  hint: ...` — the shape every CLI prints. */
export function formatContentProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message} [${problem.code}]\n  hint: ${problem.hint}`;
}

/** Thrown when a concept id, alias or name does not resolve. */
export class ConceptNotFoundError extends Error {
  override readonly name = "ConceptNotFoundError";
  readonly id: string;
  /** Closest existing ids, best first. */
  readonly suggestions: readonly string[];
  constructor(id: string, suggestions: readonly string[]) {
    super(
      `kubenotes: no concept "${id}"${suggestions.length > 0 ? `; did you mean ${suggestions.join(", ")}?` : ""}`,
    );
    this.id = id;
    this.suggestions = suggestions;
  }
}

/** Thrown when two concepts exist but no path links them under the given constraints. */
export class NoPathError extends Error {
  override readonly name = "NoPathError";
  readonly from: string;
  readonly to: string;
  constructor(from: string, to: string, detail = "") {
    super(`kubenotes: no path from "${from}" to "${to}"${detail}`);
    this.from = from;
    this.to = to;
  }
}

/** Thrown when a query argument is out of its accepted range (the message names the argument). */
export class InvalidArgumentError extends Error {
  override readonly name = "InvalidArgumentError";
  readonly argument: string;
  constructor(argument: string, message: string) {
    super(`kubenotes: ${argument}: ${message}`);
    this.argument = argument;
  }
}

/** Thrown when a snapshot file is not one this version wrote, or has been altered. */
export class SnapshotError extends Error {
  override readonly name = "SnapshotError";
}
