/** Paths the tests share: the fixture content and outline, the fixture cases, and the built entry points. */
import { fileURLToPath } from "node:url";

export const fixturesDirectory = fileURLToPath(new URL("../fixtures", import.meta.url));
export const fixtureContent = fileURLToPath(new URL("../fixtures/content/concepts", import.meta.url));
export const fixtureOutline = fileURLToPath(new URL("../fixtures/content/outline.yaml", import.meta.url));
export const markdownlintConfig = fileURLToPath(new URL("../.markdownlint.jsonc", import.meta.url));
/** Built by `npm run build` (turbo runs it before the tests). */
export const builtCli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
export const builtNotes = fileURLToPath(new URL("../dist/notes.js", import.meta.url));
