import { defineConfig } from "vitest/config";
import { FULL_LOAD } from "./src/testing/load-settings.js";

/** `npm run test:load`: the full sustained-load run (60 s after a 10 s warm-up); its report is test-results/load-full.json. */
export default defineConfig({
  test: {
    include: ["src/load.test.ts"],
    reporters: ["default", "json"],
    // Not test-results/vitest.json: CI sums that file, and this run is not part of CI.
    outputFile: { json: "test-results/load-vitest.json" },
    provide: { ...FULL_LOAD },
    testTimeout: 180_000,
  },
});
