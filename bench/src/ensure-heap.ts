/**
 * The 100k figures hold the generated content, its graph and two search indexes at once: more than Node's
 * default heap (about 4 GB here). A run that needs more restarts itself once with a larger heap.
 */
import { spawn } from "node:child_process";
import { totalmem } from "node:os";
import { getHeapStatistics } from "node:v8";

/** From this many concepts on, the default heap is not enough. */
const LARGE_SIZE = 50_000;

/** @returns the heap (MB) the run needs, or undefined when the current one will do */
export function heapToRequest(largestSize: number): number | undefined {
  if (largestSize < LARGE_SIZE) return undefined;
  const wanted = Math.min(16_384, Math.floor((totalmem() / 2 ** 20) * 0.7));
  const current = getHeapStatistics().heap_size_limit / 2 ** 20;
  return current >= wanted ? undefined : wanted;
}

/** Runs `script` again in a child node with `--max-old-space-size`, output inherited; resolves with its exit code. */
export function relaunchWithHeap(
  megabytes: number,
  script: string,
  args: readonly string[],
): Promise<number> {
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${megabytes}`, ...process.execArgv, script, ...args],
    { stdio: "inherit" },
  );
  // Ctrl-C reaches the child through the terminal; a SIGTERM sent to us is passed on.
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  return new Promise((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
}
