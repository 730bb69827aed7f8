/** The viewer's JavaScript as the browser downloads it: every dist/assets/*.js, gzipped (node:zlib, default level). */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { viewerDist } from "./locate.js";
import { type BenchRow, row } from "./results.js";

/** The issue's budget, in kB of 1,000 bytes (as Vite prints sizes). */
const BUDGET_KB = 300;

export async function benchBundleSize(): Promise<BenchRow[]> {
  const assets = join(viewerDist(), "assets");
  const files = (await readdir(assets)).filter((file) => file.endsWith(".js"));
  if (files.length === 0) throw new Error(`no JavaScript in ${assets}: build the viewer first`);
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(join(assets, file))).length;
  return [
    row({
      name: `viewer JS bundle, gzipped (${files.length} file${files.length === 1 ? "" : "s"})`,
      size: "—",
      value: bytes / 1000,
      unit: "kB",
      baseline: BUDGET_KB,
      baselineName: "the issue's budget",
      target: "≤ 1",
    }),
  ];
}
