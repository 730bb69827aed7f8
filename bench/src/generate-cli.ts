#!/usr/bin/env node
/** `npm run bench:gen -- --concepts N [--seed S] [--out DIR]`: synthetic content for benchmarks and demos. */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateContent } from "./generate-content.js";
import { writeContent } from "./write-content.js";

const { values } = parseArgs({
  options: {
    concepts: { type: "string", default: "1000" },
    seed: { type: "string", default: "42" },
    out: { type: "string" },
  },
});
const concepts = Number(values.concepts);
const seed = Number(values.seed);
if (!Number.isInteger(concepts) || concepts < 2 || concepts > 1_000_000) {
  console.error("bench:gen: --concepts must be an integer from 2 to 1000000");
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error("bench:gen: --seed must be an integer");
  process.exit(2);
}
const out = resolve(values.out ?? `bench/content/${concepts}`);
await writeContent(out, generateContent({ concepts, seed }));
console.log(`✓ ${concepts} synthetic concepts (seed ${seed}) → ${out}`);
