/**
 * Where the programs under test live, found through the package resolver (bench depends on @kubenotes/api and
 * @kubenotes/web, so turbo builds them before the bench and their dist/ folders exist).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function packageDirectory(name: string): string {
  return dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));
}

/** The API's entry file (`npm start` runs it). */
export function apiEntry(): string {
  return join(dirname(fileURLToPath(import.meta.resolve("@kubenotes/api"))), "main.js");
}

/** The built web viewer (index.html and assets/). */
export function viewerDist(): string {
  return join(packageDirectory("@kubenotes/web"), "dist");
}

/** json-server 0.17's command-line entry. */
export function jsonServerBin(): string {
  return join(packageDirectory("json-server"), "lib", "cli", "bin.js");
}

/** A file tsup wrote next to this bundle (bench/dist): the child servers and the baseline page. */
export function benchDist(file: string): string {
  return fileURLToPath(new URL(file, import.meta.url));
}
