/** The browser tests' configuration, read in one place. */

/** Chromium to drive (`KUBENOTES_CHROMIUM`, default Debian's `/usr/bin/chromium`). */
export const CHROMIUM_PATH = process.env.KUBENOTES_CHROMIUM || "/usr/bin/chromium";

/** Flags that make Chromium start reliably here (see TOOLCHAIN.md): software WebGL, no network chatter. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
];
