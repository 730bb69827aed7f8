// The server under load for src/load.test.ts: the built entry file (dist/main.js, configured by the
// environment like any start), run in this process, which also answers "memory" messages over IPC with
// process.memoryUsage() taken after forced garbage collections.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

process.on("message", async (message) => {
  if (message !== "memory") return;
  // Let finished responses and closed sockets be released first; then collect, and read only once the
  // collector has handed back the memory it uses while it runs (read at once, RSS is up to 20 % higher).
  await pause(500);
  gc();
  gc();
  await pause(500);
  process.send?.({ type: "memory", ...process.memoryUsage() });
});

await import("../dist/main.js");
