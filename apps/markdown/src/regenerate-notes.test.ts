/**
 * The committed-notes commands (`npm run notes`, `npm run notes:check`) through the built dist/notes.js, on
 * fixture content: all four sets are written, the check passes, and a one-byte change makes it fail.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtNotes, fixtureContent, fixtureOutline } from "../test/paths.js";
import { runBuilt } from "../test/run-built.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";

const newTemporaryDirectory = useTemporaryDirectories("notes");

describe("notes / notes:check", () => {
  it("writes post and vault in ko and en, then checks them", () => {
    const notes = newTemporaryDirectory();
    const args = ["--out", notes, "--content", fixtureContent, "--outline", fixtureOutline];
    const written = runBuilt(builtNotes, args);
    expect(written.status).toBe(0);
    expect(readdirSync(join(notes, "post", "ko"))).toEqual(["2026-11-01-fixture-note.md"]);
    expect(readdirSync(join(notes, "post", "en"))).toEqual(["2026-11-01-fixture-note-en.md"]);
    expect(readdirSync(join(notes, "vault", "ko")).sort()).toEqual(["concepts", "index.md", "kinds", "tags"]);
    expect(readdirSync(join(notes, "vault", "en")).sort()).toEqual(["concepts", "index.md", "kinds", "tags"]);

    expect(runBuilt(builtNotes, [...args, "--check"]).status).toBe(0);

    const file = join(notes, "vault", "en", "index.md");
    writeFileSync(file, `${readFileSync(file, "utf8")} `);
    const stale = runBuilt(builtNotes, [...args, "--check"]);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain("would update: index.md");
    expect(stale.stderr).toMatch(/stale/);
  });

  it("exits 2 for an unknown flag", () => {
    expect(runBuilt(builtNotes, ["--frobnicate"]).status).toBe(2);
  });
});
