import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "api", include: ["src/**/*.test.ts"], exclude: ["src/load.test.ts"] } },
      // The short sustained-load run goes last and alone: on two cores it would starve the timing-sensitive
      // tests (slow clients, shutdown under load), and they would skew its latency and memory figures.
      { extends: true, test: { name: "load", include: ["src/load.test.ts"], sequence: { groupOrder: 1 } } },
    ],
  },
});
