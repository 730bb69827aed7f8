#!/usr/bin/env node
// Makes sure the system tools the tests drive are present: Debian's Chromium (browser tests) and Jekyll
// (the exported post is built with it). Installs them with apt when running as root, otherwise fails with
// the exact command to run. Never lets a test silently skip.
import { execFileSync, spawnSync } from "node:child_process";
import { chromiumPath } from "./chromium.mjs";

const tools = [
  { command: "chromium", path: chromiumPath(), packages: ["chromium"] },
  { command: "jekyll", path: "/usr/bin/jekyll", packages: ["jekyll"] },
];

const has = (tool) =>
  spawnSync("sh", ["-c", `command -v ${tool.command} || test -x ${tool.path}`]).status === 0;
const missing = tools.filter((tool) => !has(tool));
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap((tool) => tool.packages);
const command = `apt-get install -y --no-install-recommends ${packages.join(" ")}`;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
if (!isRoot || !hasApt) {
  console.error(`kubenotes: the tests need ${packages.join(" and ")}. Install with:\n  sudo ${command}`);
  process.exit(1);
}
console.error(`kubenotes: installing ${packages.join(", ")} for the tests (${command})`);
try {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], {
    stdio: "inherit",
    env,
  });
} catch {
  console.error(`kubenotes: apt-get failed. Install by hand with:\n  sudo apt-get update && sudo ${command}`);
  process.exit(1);
}
const still = missing.filter((tool) => !has(tool));
if (still.length > 0) {
  console.error(`kubenotes: still missing after install: ${still.map((tool) => tool.command).join(", ")}`);
  process.exit(1);
}
