/**
 * Vault export (render + atomic write) vs writing the same bytes with plain fs, into fresh folders; and, for
 * context, the render alone vs the least any mdast-based exporter does: remark parsing every body and writing
 * it back, with nothing added.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { KnowledgeGraph } from "@kubenotes/core";
import { renderNotes, writeNotes } from "@kubenotes/markdown";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import { bestOf } from "./measure.js";
import { type BenchRow, row } from "./results.js";

export async function benchExport(size: string, graph: KnowledgeGraph, runs: number): Promise<BenchRow[]> {
  const root = join(tmpdir(), `kubenotes-bench-export-${process.pid}`);
  let run = 0;
  const fresh = async () => {
    const directory = join(root, String(run++));
    await rm(directory, { recursive: true, force: true });
    return directory;
  };
  const sample = renderNotes(graph, "vault", "ko");
  const ours = await bestOf(runs, async () => {
    const out = await fresh();
    const { files, scope } = renderNotes(graph, "vault", "ko");
    await writeNotes(out, files, scope);
  });
  const writeOnly = await bestOf(runs, async () => {
    await writeNotes(await fresh(), sample.files, sample.scope);
  });
  const renderOnly = await bestOf(runs, async () => {
    renderNotes(graph, "vault", "ko");
  });
  const remark = unified().use(remarkParse).use(remarkGfm).use(remarkStringify).freeze();
  const bodies = graph.nodes().map((id) => graph.getNodeAttributes(id).body.ko);
  const remarkOnly = await bestOf(runs, async () => {
    for (const body of bodies) remark.stringify(remark.parse(body));
  });
  const plain = await bestOf(runs, async () => {
    const out = await fresh();
    const folders = new Set(sample.files.map((file) => dirname(join(out, file.path))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    await Promise.all(sample.files.map((file) => writeFile(join(out, file.path), file.content)));
  });
  await rm(root, { recursive: true, force: true });
  return [
    row({
      name: "vault export (render + atomic write)",
      size,
      value: ours,
      unit: "ms",
      baseline: plain,
      baselineName: "plain fs.writeFile of the same bytes",
      target: "≤ 2",
    }),
    row({
      name: "vault render only (mdast)",
      size,
      value: renderOnly,
      unit: "ms",
      baseline: remarkOnly,
      baselineName: "remark parse + stringify of every concept body, nothing else",
      target: "",
    }),
    row({
      name: "vault write only (plan + atomic write)",
      size,
      value: writeOnly,
      unit: "ms",
      baseline: plain,
      baselineName: "plain fs.writeFile of the same bytes",
      target: "",
    }),
  ];
}
