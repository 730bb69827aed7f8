/** Runs a built entry point (dist/cli.js, dist/notes.js) as a user would, capturing output and exit code. */
import { spawnSync } from "node:child_process";

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** @param as run as this user (needs root), e.g. `nobody` so that file permissions apply */
export function runBuilt(
  entry: string,
  args: readonly string[],
  as?: { uid: number; gid: number },
): RunResult {
  const result = spawnSync(process.execPath, [entry, ...args], {
    encoding: "utf8",
    env: { ...process.env, KUBENOTES_CONTENT: "" },
    ...as,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
