/** The human report of an export or a check: one line per changed file (for --check) and a summary line. */
import type { WriteReport } from "./write/write-notes.js";

/** Lists longer than this are summarised, so a 10,000-note vault does not flood the terminal. */
const MAX_LISTED = 200;

export function describeReport(
  report: WriteReport,
  what: string,
  out: string,
): { lines: string[]; changed: boolean } {
  const changes = [
    ...report.created.map((path) => `create: ${path}`),
    ...report.updated.map((path) => `update: ${path}`),
    ...report.deleted.map((path) => `delete: ${path}`),
    ...report.refused.map((path) => `refuse (no kubenotes marker; --force overwrites): ${path}`),
  ];
  const changed = changes.length > 0;
  if (!report.written) {
    if (!changed) return { lines: [`✓ ${what} in ${out}: ${report.files} files up to date`], changed };
    const listed = changes.slice(0, MAX_LISTED).map((line) => `would ${line}`);
    if (changes.length > MAX_LISTED) listed.push(`… and ${changes.length - MAX_LISTED} more`);
    return {
      lines: [
        ...listed,
        `✗ ${what} in ${out}: ${changes.length} of ${report.files} files would change; run without --check to write them`,
      ],
      changed,
    };
  }
  if (!changed)
    return { lines: [`✓ ${what} → ${out}: ${report.files} files up to date, nothing written`], changed };
  return {
    lines: [
      `✓ ${what} → ${out}: ${report.created.length} created, ${report.updated.length} updated, ` +
        `${report.deleted.length} deleted, ${report.unchanged} unchanged`,
    ],
    changed,
  };
}
