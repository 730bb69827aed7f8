#!/usr/bin/env node
// CI: every generated file that is committed must be current. Each check regenerates in memory (or into a
// temporary folder) and compares byte for byte; it exits 1 naming what is stale and the command to refresh it.
import { spawnSync } from "node:child_process";

const checks = [
  {
    what: "docs/notes (exported notes)",
    command: ["npm", "run", "--silent", "notes:check", "-w", "@kubenotes/markdown"],
    fix: "npm run notes",
  },
  // docs/openapi.json is compared with the document the API serves by a test of @kubenotes/api.
];

let failed = 0;
for (const check of checks) {
  const result = spawnSync(check.command[0], check.command.slice(1), { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(
      `✗ ${check.what} is stale or could not be checked; regenerate with \`${check.fix}\` and commit it`,
    );
  } else {
    console.log(`✓ ${check.what} is current`);
  }
}
process.exit(failed > 0 ? 1 : 0);
