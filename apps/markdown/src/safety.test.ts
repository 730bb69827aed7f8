/**
 * The safety rules, through the built CLI as a user runs it: a second run writes nothing; hand-written files
 * survive; a file without the marker is never overwritten without --force; --check writes nothing and
 * catches a one-byte change; this export's stale files are removed, another export's are not.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { builtCli, fixtureContent, fixtureOutline } from "../test/paths.js";
import { runBuilt } from "../test/run-built.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { markerComment, readMarker } from "./marker.js";

const newTemporaryDirectory = useTemporaryDirectories("safety");

function exportTo(out: string, format: "post" | "vault", ...extra: string[]) {
  return runBuilt(builtCli, [
    "--format",
    format,
    "--out",
    out,
    "--content",
    fixtureContent,
    "--outline",
    fixtureOutline,
    "--quiet",
    ...extra,
  ]);
}

function snapshot(directory: string): Map<string, { content: string; mtimeMs: number; ino: number }> {
  return new Map(
    readdirSync(directory, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        const stat = statSync(path);
        const key = relative(directory, path).split(sep).join("/");
        return [key, { content: readFileSync(path, "utf8"), mtimeMs: stat.mtimeMs, ino: stat.ino }] as const;
      }),
  );
}

describe("export safety", () => {
  it("marks every generated file, and a second run changes no byte and writes no file", () => {
    const out = newTemporaryDirectory();
    expect(exportTo(out, "vault").status).toBe(0);
    const first = snapshot(out);
    for (const [path, file] of first) expect(readMarker(file.content), path).toBe("vault, ko");
    const second = exportTo(out, "vault");
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/nothing written/);
    expect(snapshot(out)).toEqual(first); // same bytes, same mtimes, same inodes: nothing was rewritten
  });

  it("keeps a hand-written file in the output folder", () => {
    const out = newTemporaryDirectory();
    writeFileSync(join(out, "my-notes.md"), "# My own notes\n");
    expect(exportTo(out, "vault").status).toBe(0);
    expect(exportTo(out, "post").status).toBe(0);
    expect(readFileSync(join(out, "my-notes.md"), "utf8")).toBe("# My own notes\n");
  });

  it("refuses to overwrite a hand-written file at a generated path, writing nothing, unless --force", () => {
    const out = newTemporaryDirectory();
    writeFileSync(join(out, "index.md"), "# Hand-written index\n");
    const refused = exportTo(out, "vault");
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("index.md");
    expect(readdirSync(out)).toEqual(["index.md"]);
    expect(readFileSync(join(out, "index.md"), "utf8")).toBe("# Hand-written index\n");

    const forced = exportTo(out, "vault", "--force");
    expect(forced.status).toBe(0);
    expect(readMarker(readFileSync(join(out, "index.md"), "utf8"))).toBe("vault, ko");
  });

  it("--check writes nothing and exits 1 when a file would be created", () => {
    const out = join(newTemporaryDirectory(), "not-yet");
    const result = exportTo(out, "post", "--check");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/would create: \d{4}-\d{2}-\d{2}-fixture-note\.md/);
    expect(existsSync(out)).toBe(false);
  });

  it("--check detects a one-byte change, lists the file, and leaves it as it is", () => {
    const out = newTemporaryDirectory();
    expect(exportTo(out, "vault").status).toBe(0);
    expect(exportTo(out, "vault", "--check").status).toBe(0);
    const file = join(out, "concepts", "pod.md");
    const original = readFileSync(file);
    const changed = Buffer.from(original);
    const at = changed.length - 2;
    changed[at] = (changed[at] ?? 0) ^ 1;
    writeFileSync(file, changed);
    const result = exportTo(out, "vault", "--check");
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("would update: concepts/pod.md");
    expect(result.stdout.match(/^would /gm)).toHaveLength(1);
    expect(readFileSync(file)).toEqual(changed);
    expect(exportTo(out, "vault").status).toBe(0);
    expect(readFileSync(file)).toEqual(original);
  });

  it("--check reports a hand-written file in the way without touching it", () => {
    const out = newTemporaryDirectory();
    expect(exportTo(out, "vault").status).toBe(0);
    writeFileSync(join(out, "concepts", "pod.md"), "# Mine now\n");
    const result = exportTo(out, "vault", "--check");
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/would refuse .*concepts\/pod\.md/);
    expect(readFileSync(join(out, "concepts", "pod.md"), "utf8")).toBe("# Mine now\n");
  });

  it("deletes this export's stale files but not another export's, and clears leftover temporary files", () => {
    const out = newTemporaryDirectory();
    expect(exportTo(out, "vault").status).toBe(0);
    const stale = `---\n${markerComment("vault, ko")}\nid: renamed-away\n---\n\n# Old\n`;
    const other = `---\n${markerComment("vault, en")}\nid: other\n---\n\n# Other\n`;
    writeFileSync(join(out, "concepts", "renamed-away.md"), stale);
    writeFileSync(join(out, "concepts", "other.md"), other);
    writeFileSync(join(out, "concepts", ".pod.md.12345.kubenotes-tmp"), "half a fi");
    const check = exportTo(out, "vault", "--check");
    expect(check.status).toBe(1);
    expect(check.stdout).toContain("would delete: concepts/renamed-away.md");
    const result = exportTo(out, "vault");
    expect(result.status).toBe(0);
    expect(existsSync(join(out, "concepts", "renamed-away.md"))).toBe(false);
    expect(readFileSync(join(out, "concepts", "other.md"), "utf8")).toBe(other);
    expect(existsSync(join(out, "concepts", ".pod.md.12345.kubenotes-tmp"))).toBe(false);
  });
});
