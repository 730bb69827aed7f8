/**
 * Debian's Chromium as everything here starts it: the browser tests, the README screenshot and the viewer
 * benchmarks, and the check that it is installed (ensure-system-deps.mjs). One list, so they cannot drift.
 */

/** The binary: `KUBENOTES_CHROMIUM`, else Debian's `/usr/bin/chromium`. */
export function chromiumPath(env = process.env) {
  return env.KUBENOTES_CHROMIUM || "/usr/bin/chromium";
}

/** Flags that make Chromium start reliably on this machine (see TOOLCHAIN.md): software WebGL, no network chatter. */
export const CHROMIUM_FLAGS = Object.freeze([
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-unsafe-swiftshader",
]);
