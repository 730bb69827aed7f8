/** Writes generated content into a directory (created if needed), one file per concept. */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ContentFile } from "@kubenotes/core";

export async function writeContent(directory: string, files: readonly ContentFile[]): Promise<void> {
  await mkdir(directory, { recursive: true });
  const batch = 256;
  for (let start = 0; start < files.length; start += batch) {
    await Promise.all(
      files.slice(start, start + batch).map((file) => writeFile(join(directory, file.file), file.text)),
    );
  }
}
