/** The command line as a user meets it: help, exit codes for bad flags, errors naming the problem, progress. */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtCli, fixtureContent, fixtureOutline } from "../test/paths.js";
import { runBuilt } from "../test/run-built.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";

const newTemporaryDirectory = useTemporaryDirectories("cli");
const run = (...args: string[]) => runBuilt(builtCli, args);

describe("kubenotes-export", () => {
  it("--help lists every flag, the choices and the exit codes, and exits 0", () => {
    const result = run("--help");
    expect(result.status).toBe(0);
    for (const flag of [
      "--format",
      "--lang",
      "--out",
      "--content",
      "--outline",
      "--check",
      "--force",
      "--quiet",
    ]) {
      expect(result.stdout).toContain(flag);
    }
    expect(result.stdout).toMatch(/post.*vault/s);
    expect(result.stdout).toMatch(/Exit codes/);
  });

  it.each([
    ["an unknown flag", ["--format", "post", "--out", "x", "--frobnicate"]],
    ["an unknown format", ["--format", "pdf", "--out", "x"]],
    ["an unknown language", ["--format", "post", "--lang", "fr", "--out", "x"]],
    ["no format", ["--out", "x"]],
    ["no output folder", ["--format", "vault"]],
    ["an extra argument", ["--format", "vault", "--out", "x", "extra"]],
  ])("exits 2 with usage for %s", (_case, args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/error: /);
    expect(result.stderr).toMatch(/--help/);
  });

  it("exits 1 naming the folder when the content directory does not exist", () => {
    const missing = join(newTemporaryDirectory(), "missing");
    const result = run("--format", "vault", "--out", newTemporaryDirectory(), "--content", missing);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(missing);
  });

  it("exits 1 with file:line and writes nothing when the content is invalid", () => {
    const content = newTemporaryDirectory();
    writeFileSync(join(content, "broken.md"), "---\nid: broken\nkind: gadget\n---\n# ko\n\nx\n\n# en\n\nx\n");
    const out = newTemporaryDirectory();
    const result = run("--format", "vault", "--out", out, "--content", content);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.md:\d+: /);
    expect(readdirSync(out)).toEqual([]);
  });

  it("exits 1 when the outline names a concept the content lacks", () => {
    const outline = join(newTemporaryDirectory(), "outline.yaml");
    const text = `id: tiny\nfront: { title: { ko: t, en: t }, categories: [k], tags: [k], date: "2026" }\nintro: { ko: i, en: i }\nsections:\n  - { level: 1, origin: seed, heading: { ko: h, en: h }, concepts: [no-such-concept] }\n`;
    writeFileSync(outline, text);
    const result = run(
      "--format",
      "post",
      "--out",
      newTemporaryDirectory(),
      "--content",
      fixtureContent,
      "--outline",
      outline,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/outline\.yaml:5: .*no-such-concept.*\[dangling-target\]/);
  });

  it("reports progress on stderr and the result on stdout, and --quiet silences progress", () => {
    const out = newTemporaryDirectory();
    const args = [
      "--format",
      "post",
      "--lang",
      "en",
      "--out",
      out,
      "--content",
      fixtureContent,
      "--outline",
      fixtureOutline,
    ];
    const loud = run(...args);
    expect(loud.status).toBe(0);
    expect(loud.stderr).toMatch(/loading content from/);
    expect(loud.stdout).toMatch(/post \(en\).*1 created/);
    expect(readdirSync(out)).toEqual(["2026-11-01-fixture-note-en.md"]);
    const quiet = run(...args, "--quiet");
    expect(quiet.stderr).toBe("");
  });
});
