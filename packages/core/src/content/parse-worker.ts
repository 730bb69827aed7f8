/** Worker-thread entry: parses a chunk of concept files (see parseConceptFiles). */
import { parentPort } from "node:worker_threads";
import { parseConceptFile } from "./parse-concept-file.js";
import type { ContentFile } from "./validate-content.js";

parentPort?.on("message", (files: ContentFile[]) => {
  parentPort?.postMessage(files.map(({ file, text }) => parseConceptFile(file, text)));
});
