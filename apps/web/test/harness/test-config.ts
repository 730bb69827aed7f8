/** The browser tests' configuration, read in one place. */

import { CHROMIUM_FLAGS, chromiumPath } from "../../../../scripts/chromium.mjs";

/** Chromium to drive (`KUBENOTES_CHROMIUM`, default Debian's `/usr/bin/chromium`). */
export const CHROMIUM_PATH = chromiumPath();

/** Flags that make Chromium start reliably here (scripts/chromium.mjs, shared with the bench and screenshot). */
export { CHROMIUM_FLAGS };
