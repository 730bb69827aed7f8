/** Reads every `*.md` concept file under a directory (recursively, sorted) for validateContent. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { ContentFile } from "./validate-content.js";

/** How many files are open at once while reading. */
const READ_BATCH = 256;

/** Files whose name starts with `_` or that are named README.md are documentation, not concepts. */
function isConceptFile(name: string): boolean {
  return name.endsWith(".md") && !name.startsWith("_") && name.toLowerCase() !== "readme.md";
}

/**
 * @param directory content directory; problems name files relative to it
 * @throws Error with code ENOENT/EACCES when the directory cannot be read (callers word the message)
 */
export async function readContentFiles(directory: string): Promise<ContentFile[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && isConceptFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  // Read in batches: one Promise.all over 100k files runs out of file descriptors (EMFILE).
  const files: ContentFile[] = [];
  for (let first = 0; first < paths.length; first += READ_BATCH) {
    const batch = paths.slice(first, first + READ_BATCH);
    const read = await Promise.all(
      batch.map(async (path) => ({
        file: relative(directory, path).split(sep).join("/"),
        text: await readFile(path, "utf8"),
      })),
    );
    files.push(...read);
  }
  return files;
}
