/** Temporary folders for a test file, removed after each test (or after all tests, for shared inputs). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach } from "vitest";

/** @param lifetime `each` (default): removed after every test; `all`: after the last test of the file */
export function useTemporaryDirectories(prefix: string, lifetime: "each" | "all" = "each"): () => string {
  const created: string[] = [];
  (lifetime === "each" ? afterEach : afterAll)(() => {
    for (const directory of created.splice(0)) rmSync(directory, { recursive: true, force: true });
  });
  return () => {
    const directory = mkdtempSync(join(tmpdir(), `kubenotes-${prefix}-`));
    created.push(directory);
    return directory;
  };
}
