/** One line about the machine a run happened on: CPU, cores, memory, Node and Chromium versions. */
import { execFile } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { promisify } from "node:util";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the run started: above the core count, other work competed for the CPU. */
  loadAverage: number;
}

export async function describeMachine(chromium: string): Promise<Machine> {
  const version = await promisify(execFile)(chromium, ["--version"]).then(
    ({ stdout }) => stdout.trim().replace(/\s+built on.*$/, ""),
    () => "not found",
  );
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: version,
    loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

export function formatMachine(machine: Machine): string {
  return `${machine.cores} × ${machine.cpu}, ${machine.memoryGiB} GiB RAM, node ${machine.node}, ${machine.chromium} (load average ${machine.loadAverage} at start)`;
}
