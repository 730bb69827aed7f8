/** Where the embedded knowledge lives on disk, for the apps and tests. Paths only: no loading here. */
import { fileURLToPath } from "node:url";

/** Directory of the concept files (`KUBENOTES_CONTENT` may point apps elsewhere). */
export const conceptsDirectory = fileURLToPath(new URL("../concepts", import.meta.url));
/** Directory of the note outlines (`<id>.yaml`). */
export const outlinesDirectory = fileURLToPath(new URL("../outlines", import.meta.url));
/** The validated snapshot written by `npm run build` (graph + layout), loaded by `npm start`. */
export const snapshotPath = fileURLToPath(new URL("./snapshot.json", import.meta.url));
/** The seed note's front matter and heading lines, verbatim (see the file's header). */
export const seedOutlinePath = fileURLToPath(
  new URL("../outlines/seed/kubernetes-note.outline.txt", import.meta.url),
);
