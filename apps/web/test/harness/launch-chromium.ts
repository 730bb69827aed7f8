/** Starts Debian's Chromium through playwright-core; a missing browser fails the run (never a skip). */
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./test-config";

export class ChromiumMissingError extends Error {
  override readonly name = "ChromiumMissingError";
  constructor(path: string) {
    super(
      `Chromium not found: apt-get install -y --no-install-recommends chromium (looked for ${path}; set KUBENOTES_CHROMIUM to use another)`,
    );
  }
}

/**
 * @param executablePath the browser binary (default: KUBENOTES_CHROMIUM or /usr/bin/chromium)
 * @throws ChromiumMissingError when there is no browser there, so CI fails instead of skipping
 */
export async function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) throw new ChromiumMissingError(executablePath);
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS] });
}
