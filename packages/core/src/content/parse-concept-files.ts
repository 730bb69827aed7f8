/**
 * Parses many concept files, in worker threads when there are enough of them to pay for the threads.
 * Parsing (YAML + Markdown) is most of the cost of loading a large collection, and files are independent.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type ParsedConceptFile, parseConceptFile } from "./parse-concept-file.js";
import type { ContentFile } from "./validate-content.js";

export interface ParseConceptFilesOptions {
  /** Use worker threads from this many files on (default 1,500; below it threads cost more than they save). */
  parallelFrom?: number;
  /** Number of worker threads (default: available parallelism, at most 4). */
  threads?: number;
}

/** Present in the built package (dist/parse-worker.js); absent when running from source, then parsing is inline. */
const WORKER_FILE = fileURLToPath(new URL("./parse-worker.js", import.meta.url));

export async function parseConceptFiles(
  files: readonly ContentFile[],
  options: ParseConceptFilesOptions = {},
): Promise<ParsedConceptFile[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), 4);
  if (files.length < (options.parallelFrom ?? 1_500) || threads < 2 || !existsSync(WORKER_FILE)) {
    return files.map(({ file, text }) => parseConceptFile(file, text));
  }
  const size = Math.ceil(files.length / threads);
  const chunks = Array.from({ length: threads }, (_, index) => files.slice(index * size, (index + 1) * size));
  const results = await Promise.all(chunks.map((chunk) => parseInWorker(chunk)));
  return results.flat();
}

function parseInWorker(chunk: readonly ContentFile[]): Promise<ParsedConceptFile[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE);
    worker.once("message", (parsed: ParsedConceptFile[]) => {
      resolve(parsed);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.postMessage(chunk);
  });
}
