/**
 * Writes a file so that it is either absent, the old version or the complete new version, never half
 * written: the text goes to a hidden temporary file beside it, then `rename` swaps it in (atomic on POSIX).
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** Suffix of temporary files; they start with a dot and never end in `.md`, so no tool takes them for notes. */
export const TEMPORARY_SUFFIX = ".kubenotes-tmp";

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}${TEMPORARY_SUFFIX}`);
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporaryPathFor(path);
  try {
    await writeFile(temporary, content, "utf8");
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
