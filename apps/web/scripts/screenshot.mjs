#!/usr/bin/env node
/**
 * Takes the README's screenshot of the viewer (docs/viewer.png) from a running server, with a concept
 * selected. Usage, with `npm start` running in another terminal:
 *
 *   npm run screenshot -w @kubenotes/web [-- <url> [<output.png>]]
 *
 * Defaults: http://127.0.0.1:3000/concept/kube-apiserver?lang=ko and docs/viewer.png at the repository root.
 * Uses Debian's Chromium (KUBENOTES_CHROMIUM overrides the path), 1440×900, light theme.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath } from "../../../scripts/chromium.mjs";

const url = process.argv[2] ?? "http://127.0.0.1:3000/concept/kube-apiserver?lang=ko";
const output = process.argv[3] ?? fileURLToPath(new URL("../../../docs/viewer.png", import.meta.url));
const executablePath = chromiumPath();
// The same flags as the browser tests and the bench.
const args = [...CHROMIUM_FLAGS];

if (!existsSync(executablePath)) {
  console.error("Chromium not found: apt-get install -y --no-install-recommends chromium");
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, headless: true, args });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: "light" });
  await page.goto(url);
  await page.locator('[data-testid="graph-canvas"][data-rendered="true"]').waitFor({ timeout: 20_000 });
  if (new URL(url).pathname.startsWith("/concept/"))
    await page.locator("#concept-title").waitFor({ timeout: 20_000 });
  // Let the camera animation and the learning path settle.
  await page.waitForTimeout(1500);
  await page.screenshot({ path: output });
  console.log(`wrote ${output} (${url})`);
} finally {
  await browser.close();
}
