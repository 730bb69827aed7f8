import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The bench and the servers it starts in child processes.
    entry: ["src/generate-cli.ts", "src/run.ts", "src/bare-node-server.ts", "src/bare-express-server.ts"],
    format: ["esm"],
    // Keep the browser bundle, which the second build writes at the same time.
    clean: ["!browser/**"],
    target: "node20",
  },
  {
    // The viewer's baseline page: sigma + graphology bundled for the browser.
    entry: { "viewer-baseline": "src/viewer-baseline-page.ts" },
    outDir: "dist/browser",
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    noExternal: [/.*/],
    minify: true,
    clean: true,
  },
]);
