/**
 * Interrupted exports leave only complete files: the built CLI writes a large generated vault and is killed
 * (SIGKILL) while staging or while swapping files in, or interrupted (SIGINT) while staging; every `.md` file
 * present is byte-identical to what a full run writes, temporary files are hidden and never end in `.md`,
 * and the next run completes the folder.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtCli } from "../test/paths.js";
import { runBuilt } from "../test/run-built.js";
import { numberedIds, writeSyntheticContent } from "../test/synthetic-content.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import type { GeneratedFile } from "./generated-file.js";
import { loadGraph } from "./load-inputs.js";
import { readMarker } from "./marker.js";
import { renderVault } from "./vault/render-vault.js";
import { TEMPORARY_SUFFIX } from "./write/write-file-atomic.js";

const CONCEPTS = 1000;
const newTemporaryDirectory = useTemporaryDirectories("kill");
const newSharedDirectory = useTemporaryDirectories("kill-content", "all");
let content: string;
let expected: Map<string, string>;

beforeAll(async () => {
  content = newSharedDirectory();
  writeSyntheticContent(content, numberedIds(CONCEPTS));
  const files: GeneratedFile[] = renderVault(await loadGraph(content), "ko");
  expected = new Map(files.map((file) => [file.path, file.content]));
}, 120_000);

function filesIn(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** Starts an export and sends `signal` once its progress on stderr matches `when`. */
function interruptMidWrite(
  out: string,
  signal: NodeJS.Signals,
  when: RegExp,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [builtCli, "--format", "vault", "--out", out, "--content", content],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    let sent = false;
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      if (!sent && when.test(stderr)) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("error", reject);
    child.on("exit", (code, received) => resolve({ code, signal: received, stderr }));
  });
}

function expectOnlyCompleteFiles(out: string): number {
  const present = filesIn(out);
  const notes = present.filter((path) => path.endsWith(".md"));
  for (const path of notes) {
    const text = readFileSync(join(out, path), "utf8");
    expect(readMarker(text), path).toBe("vault, ko");
    expect(text === expected.get(path), `${path} is complete`).toBe(true);
  }
  for (const path of present.filter((path) => !path.endsWith(".md"))) {
    expect(path.split("/").at(-1)).toMatch(new RegExp(`^\\..+${TEMPORARY_SUFFIX.replace(".", "\\.")}$`));
  }
  return notes.length;
}

const WHILE_STAGING = /staged \d+\//;
const WHILE_SWAPPING = /swapping \d+ files/;

describe("an export interrupted mid-write", () => {
  it("killed with SIGKILL while staging leaves no note (only hidden temporary files), and the next run completes the vault", async () => {
    const out = newTemporaryDirectory();
    const result = await interruptMidWrite(out, "SIGKILL", WHILE_STAGING);
    expect(result.signal).toBe("SIGKILL");
    expect(expectOnlyCompleteFiles(out)).toBe(0);
    expect(filesIn(out).length).toBeGreaterThan(0);

    const rerun = runBuilt(builtCli, ["--format", "vault", "--out", out, "--content", content, "--quiet"]);
    expect(rerun.status).toBe(0);
    expect(filesIn(out).sort()).toEqual([...expected.keys()].sort());
    expectOnlyCompleteFiles(out);
  }, 120_000);

  it("killed with SIGKILL while swapping files in leaves only complete notes, and the next run completes the vault", async () => {
    const out = newTemporaryDirectory();
    const result = await interruptMidWrite(out, "SIGKILL", WHILE_SWAPPING);
    expect(result.signal).toBe("SIGKILL");
    expectOnlyCompleteFiles(out);

    const rerun = runBuilt(builtCli, ["--format", "vault", "--out", out, "--content", content, "--quiet"]);
    expect(rerun.status).toBe(0);
    expect(filesIn(out).sort()).toEqual([...expected.keys()].sort());
  }, 120_000);

  it("interrupted with SIGINT while staging exits 130, and removes what it staged: the folder is as before", async () => {
    const out = newTemporaryDirectory();
    const result = await interruptMidWrite(out, "SIGINT", WHILE_STAGING);
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/interrupted after staging \d+ of \d+ files/);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);
});
