/**
 * The scenario every fault test shares: a vault exported from a copy of the fixture content, then a change to
 * the content (pod's Korean summary) that updates a concept note, a kind index, two tag indexes and the top
 * index, in that write order, so a fault in `tags/` strikes after earlier files were already staged.
 */
import { chownSync, cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fixtureContent } from "./paths.js";

const POD_SUMMARY = "쿠버네티스에서 배포할 수 있는 가장 작은 단위다.";

/** Copies the fixture content into `directory` and returns its path. */
export function copyContent(directory: string): string {
  cpSync(fixtureContent, directory, { recursive: true });
  return directory;
}

/** Edits pod's summary in a copied content folder, so the next export updates five files. */
export function changeContent(content: string): void {
  const pod = join(content, "pod.md");
  const text = readFileSync(pod, "utf8");
  if (!text.includes(POD_SUMMARY)) throw new Error(`fixture changed: ${pod} lacks the summary to edit`);
  writeFileSync(pod, text.replace(POD_SUMMARY, "쿠버네티스에서 배포하고 관리할 수 있는 가장 작은 단위다."));
}

/** The five files `changeContent` updates, in write order. */
export const CHANGED_FILES = [
  "concepts/pod.md",
  "kinds/resource.md",
  "tags/kubernetes.md",
  "tags/workloads.md",
  "index.md",
];

export function chownTree(directory: string, owner: { uid: number; gid: number }): void {
  chownSync(directory, owner.uid, owner.gid);
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true }))
    chownSync(join(entry.parentPath, entry.name), owner.uid, owner.gid);
}
