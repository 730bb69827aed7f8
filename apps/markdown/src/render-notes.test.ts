/** Rendering is deterministic: the same content gives the same bytes, however its files are laid out. */
import { cpSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureContent, fixtureOutline } from "../test/paths.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { loadGraph, loadOutline } from "./load-inputs.js";
import { renderNotes } from "./render-notes.js";

const newTemporaryDirectory = useTemporaryDirectories("render");

describe("renderNotes", () => {
  it("gives the same bytes when the concept files move between folders", async () => {
    const moved = newTemporaryDirectory();
    cpSync(fixtureContent, moved, { recursive: true });
    // Folders are for humans only: moving files into subfolders must not change a byte of output.
    for (const [index, name] of readdirSync(moved).sort().reverse().entries()) {
      const folder = join(moved, `group-${index % 3}`);
      mkdirSync(folder, { recursive: true });
      renameSync(join(moved, name), join(folder, name));
    }
    const original = await loadGraph(fixtureContent);
    const relaid = await loadGraph(moved);
    for (const format of ["post", "vault"] as const) {
      for (const lang of ["ko", "en"] as const) {
        const first = renderNotes(original, format, lang, await loadOutline(fixtureOutline, original));
        const second = renderNotes(relaid, format, lang, await loadOutline(fixtureOutline, relaid));
        expect(second).toEqual(first);
      }
    }
  });

  it("needs an outline for the post", () => {
    expect(() => renderNotes(undefined as never, "post", "ko")).toThrow(TypeError);
  });
});
