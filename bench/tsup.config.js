import { defineConfig } from "tsup";
export default defineConfig({
  entry: ["src/generate-cli.ts", "src/run.ts"],
  format: ["esm"],
  clean: true,
  target: "node20",
});
