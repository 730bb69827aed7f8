/**
 * A server under test in its own process, so the load generator never shares its event loop. The parent keeps
 * the last lines of its stderr to explain a crash, and `stop()` ends it (SIGTERM, then SIGKILL).
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface ServerProcess {
  /** What it is, for messages ("API", "bare express"…). */
  label: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal name) when the process ends. */
  exited: Promise<number | string>;
  /** Aborted when the process ends, so pollers waiting on it stop. */
  ended: AbortSignal;
  /** The last stderr output, for error messages. */
  stderr(): string;
  stop(): Promise<void>;
}

export class ServerCrashedError extends Error {
  override readonly name = "ServerCrashedError";
}

const running = new Set<ChildProcess>();
// A bench that throws must not leave servers behind; these are our own children, ended by their pid.
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

export function spawnServer(
  label: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): ServerProcess {
  const child = spawn(process.execPath, args, { env: { ...env }, stdio: ["ignore", "ignore", "pipe"] });
  running.add(child);
  let tail = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    tail = (tail + chunk).slice(-4000);
  });
  const ended = new AbortController();
  const exited = new Promise<number | string>((resolve) => {
    child.once("exit", (code, signal) => {
      running.delete(child);
      ended.abort(`${label} exited`);
      resolve(code ?? signal ?? "unknown");
    });
  });
  return {
    label,
    child,
    exited,
    ended: ended.signal,
    stderr: () => tail.trim(),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Rejects with ServerCrashedError when the process ends before `ready` settles. */
export function unlessCrashed<T>(server: ServerProcess, ready: Promise<T>): Promise<T> {
  const crashed = server.exited.then((code) => {
    // One line, the process's own last word: it is what the results list shows.
    const last = server.stderr().split("\n").filter(Boolean).at(-1) ?? "no output";
    throw new ServerCrashedError(`${server.label} exited (${code}) before it answered: ${last}`);
  });
  return Promise.race([ready, crashed]);
}
