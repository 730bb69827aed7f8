import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine has two cores and SwiftShader renders WebGL on the CPU.
    fileParallelism: false,
    // Browser journeys poll for what the page shows; give a busy CI machine time.
    expect: { poll: { timeout: 10_000 } },
  },
});
