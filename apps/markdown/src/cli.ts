#!/usr/bin/env node
/** Entry of `kubenotes-export` (`npm run export -- …`): wires the process to runCli. See run-cli.ts. */
import { runCli } from "./run-cli.js";

const controller = new AbortController();
// First Ctrl-C stops the export while it stages files and removes them: no file changes. A second one exits at
// once; hidden temporary files may remain, which the next run removes.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    controller.abort();
    process.once(signal, () => process.exit(130));
  });
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  signal: controller.signal,
});
