// Measures `--watch` on the embedded knowledge (not run in CI): copies packages/knowledge/concepts to a
// temporary folder, starts the built server on it, saves three valid edits and one invalid one while a
// client keeps requesting a concept, and prints each reload's duration and the slowest answer meanwhile.
// Run after `npm run build`: node apps/api/test/measure-reload.mjs
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { conceptsDirectory } from "@kubenotes/knowledge";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const content = mkdtempSync(join(tmpdir(), "kubenotes-reload-"));
cpSync(conceptsDirectory, content, { recursive: true });
const child = spawn(process.execPath, [MAIN, "--watch"], {
  env: {
    PATH: process.env.PATH,
    PORT: "0",
    KUBENOTES_CONTENT: content,
    KUBENOTES_WEB_ROOT: "none",
    KUBENOTES_RATE_LIMIT: "0",
  },
  stdio: ["ignore", "pipe", "pipe"],
});
const deadline = setTimeout(() => {
  child.kill("SIGKILL");
  process.stderr.write("measure-reload: timed out\n");
  process.exit(1);
}, 60_000);
const logs = [];
let pending = "";
child.stdout.on("data", (chunk) => {
  pending += chunk;
  for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n")) {
    const line = JSON.parse(pending.slice(0, end));
    pending = pending.slice(end + 1);
    if (line.msg !== "request completed") logs.push(line);
  }
});
let stderr = "";
child.stderr.on("data", (chunk) => {
  stderr += chunk;
});
const until = async (condition) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
};
await until(() => logs.some((line) => line.port));
const { port } = logs.find((line) => line.port);
const reloads = () => logs.filter((line) => line.msg.startsWith("reloaded the content"));

const pod = join(content, "workloads", "pod.md");
const original = readFileSync(pod, "utf8");
let polling = true;
let slowest = 0;
let answered = 0;
const client = (async () => {
  while (polling) {
    const started = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}/api/v1/concepts/pod`);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    slowest = Math.max(slowest, performance.now() - started);
    answered++;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
})();
for (let edit = 0; edit < 3; edit++) {
  await new Promise((resolve) => setTimeout(resolve, 500));
  writeFileSync(pod, original.replace("  en: Pod\n", `  en: Pod ${edit}\n`));
  await until(() => reloads().length > edit);
}
await new Promise((resolve) => setTimeout(resolve, 300));
writeFileSync(pod, original.replace("kind: resource", "kind: gadget"));
await until(() => /is invalid/.test(stderr));
polling = false;
await client;
child.kill("SIGTERM");
clearTimeout(deadline);
rmSync(content, { recursive: true, force: true });
console.log(
  JSON.stringify({
    concepts: reloads()[0]?.concepts,
    reloadMs: reloads().map((line) => line.ms),
    requestsAnswered: answered,
    slowestAnswerMs: Math.round(slowest),
    invalidEditPrinted: stderr.trim().split("\n"),
  }),
);
