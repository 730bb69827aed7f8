#!/usr/bin/env node
// Sums the vitest JSON reports of every workspace (test-results/vitest.json) into CI's closing line
// `N passed, N failed, N skipped`. Exits 1 when anything failed, when nothing ran, or when a workspace
// that has a test script wrote no report (its run crashed before reporting).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const group of ["packages", "apps"]) {
  const base = join(root, group);
  if (!existsSync(base)) continue;
  for (const name of readdirSync(base).sort()) {
    const manifest = join(base, name, "package.json");
    if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, "utf8")).scripts?.test) continue;
    const report = join(base, name, "test-results", "vitest.json");
    if (!existsSync(report)) {
      missing.push(`${group}/${name}`);
      continue;
    }
    const result = JSON.parse(readFileSync(report, "utf8"));
    passed += result.numPassedTests ?? 0;
    failed += (result.numFailedTests ?? 0) + (result.numFailedTestSuites ?? 0);
    skipped += (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
    console.log(`${group}/${name}: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
  }
}
for (const workspace of missing)
  console.log(`${workspace}: no test report (its tests did not run to the end)`);
failed += missing.length;
// Steps outside vitest that failed (lint, typecheck, generated files), passed by .ci/run.
const flag = process.argv.indexOf("--extra-failures");
if (flag !== -1) failed += Number(process.argv[flag + 1] ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
