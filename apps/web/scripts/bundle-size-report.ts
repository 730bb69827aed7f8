/**
 * Vite plugin: after a build, prints the total gzipped size of the JavaScript the browser downloads, writes it
 * to `dist/bundle-size.json`, and fails the build when it is over budget (so the size is measured, not assumed).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Logger, Plugin } from "vite";

export interface BundleSizeReportOptions {
  /** Largest total gzipped JS allowed, in kB (1 kB = 1000 bytes, as Vite prints). Default 300. */
  budgetKb?: number;
}

export function bundleSizeReport(options: BundleSizeReportOptions = {}): Plugin {
  const budgetKb = options.budgetKb ?? 300;
  let logger: Logger | undefined;
  let summary: string | undefined;
  return {
    name: "kubenotes-bundle-size-report",
    apply: "build",
    configResolved(config) {
      logger = config.logger;
    },
    writeBundle(output, bundle) {
      const files: { file: string; bytes: number; gzipBytes: number }[] = [];
      for (const item of Object.values(bundle)) {
        if (item.type !== "chunk") continue;
        const code = Buffer.from(item.code);
        files.push({ file: item.fileName, bytes: code.length, gzipBytes: gzipSync(code).length });
      }
      const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
      const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
      const kb = (value: number) => (value / 1000).toFixed(1);
      const report = { gzipBytes, bytes, budgetBytes: budgetKb * 1000, files };
      if (output.dir)
        writeFileSync(join(output.dir, "bundle-size.json"), `${JSON.stringify(report, null, 2)}\n`);
      summary = `gzipped JS: ${kb(gzipBytes)} kB in ${files.length} file(s) (${kb(bytes)} kB raw; budget ${budgetKb} kB)`;
      if (gzipBytes > budgetKb * 1000)
        this.error(`gzipped JS is ${kb(gzipBytes)} kB, over the ${budgetKb} kB budget`);
    },
    // After Vite's own table of files, so the total is the last thing printed.
    closeBundle() {
      if (summary) logger?.info(summary);
    },
  };
}
