/**
 * A small real file system that can fill up: a tmpfs mounted in a private mount namespace
 * (`unshare -rm`, no root needed where user namespaces are allowed), held open by a sleeping process and
 * reached from outside through `/proc/<pid>/root`. Nothing is mounted on the host; the tmpfs disappears
 * with the process.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MOUNT = 'mount -t tmpfs -o size="$1" tmpfs "$0"';

/** Whether this machine lets an unprivileged mount namespace mount a tmpfs (probed once, in ~10 ms). */
export function canMountPrivateTmpfs(): boolean {
  const directory = mkdtempSync(join(tmpdir(), "kubenotes-tmpfs-probe-"));
  try {
    const probe = spawnSync("unshare", ["-rm", "sh", "-c", MOUNT, directory, "64k"], { stdio: "ignore" });
    return probe.status === 0;
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

export interface PrivateTmpfs {
  /** The tmpfs's root as seen from this process (`/proc/<pid>/root/<mount point>`). */
  path: string;
  close(): Promise<void>;
}

/** Mounts a tmpfs of `size` (e.g. `1m`) and resolves once it can be written. */
export function mountPrivateTmpfs(size: string): Promise<PrivateTmpfs> {
  const mountPoint = mkdtempSync(join(tmpdir(), "kubenotes-tmpfs-"));
  const holder: ChildProcess = spawn(
    "unshare",
    ["-rm", "sh", "-c", `${MOUNT} && echo mounted && exec sleep 600`, mountPoint, size],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const exited = new Promise<void>((resolve) => holder.once("exit", () => resolve()));
  const close = async () => {
    holder.kill("SIGKILL");
    await exited;
    rmSync(mountPoint, { recursive: true, force: true });
  };
  return new Promise((resolve, reject) => {
    let errors = "";
    holder.stderr?.on("data", (chunk: Buffer) => {
      errors += chunk.toString();
    });
    holder.stdout?.once("data", () => resolve({ path: `/proc/${holder.pid}/root${mountPoint}`, close }));
    holder.once("exit", (code) => reject(new Error(`unshare exited with ${code}: ${errors}`)));
  });
}
