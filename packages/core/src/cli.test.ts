/** The validate CLI as a user runs it (the built dist/cli.js): exit codes and file:line in its report. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { validFixtureDirectory } from "../test/fixture-graph.js";

const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const temporary: string[] = [];

function copyOfFixture(): string {
  const directory = mkdtempSync(join(tmpdir(), "kubenotes-cli-"));
  temporary.push(directory);
  cpSync(validFixtureDirectory, directory, { recursive: true });
  return directory;
}

function validate(directory: string) {
  return spawnSync(process.execPath, [cli, "validate", directory], { encoding: "utf8" });
}

afterEach(() => {
  for (const directory of temporary.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe("kubenotes validate", () => {
  it("prints counts by kind, tag and level and exits 0 for valid content", () => {
    const result = validate(validFixtureDirectory);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/23 concepts/);
    expect(result.stdout).toMatch(/^kinds: .*resource 2/m);
    expect(result.stdout).toMatch(/^tags: /m);
    expect(result.stdout).toMatch(/^levels: .*fundamental 16/m);
  });

  it("names the file and line of a misspelled relation target, and exits 1", () => {
    const directory = copyOfFixture();
    const file = join(directory, "kubectl.md");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("- kube-apiserver", "- kube-apiservr"));
    const line = text.split("\n").findIndex((row) => row.includes("- kube-apiserver")) + 1;
    const result = validate(directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`kubectl.md:${line}:`);
    expect(result.stderr).toContain("[dangling-target]");
    expect(result.stderr).toContain('"kube-apiserver"');
  });

  it("names both files when a concept file is duplicated under another name", () => {
    const directory = copyOfFixture();
    cpSync(join(directory, "pod.md"), join(directory, "pod-copy.md"));
    const result = validate(directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^pod\.md:\d+: .*\[duplicate-id\]/m);
    expect(result.stderr).toMatch(/^pod-copy\.md:\d+: .*\[duplicate-id\]/m);
  });

  it("exits 2 with usage for an unknown command, and for an unreadable directory", () => {
    expect(spawnSync(process.execPath, [cli, "frobnicate"], { encoding: "utf8" }).status).toBe(2);
    const missing = validate(join(tmpdir(), "kubenotes-does-not-exist"));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("ENOENT");
  });
});
