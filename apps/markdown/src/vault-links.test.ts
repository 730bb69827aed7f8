/** Every `[[wikilink]]` in a written vault resolves to a file in it; every concept has its note. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { listConcepts } from "@kubenotes/core";
import { describe, expect, it } from "vitest";
import { frontMatterOf, wikiLinkTargets } from "../test/markdown-outline.js";
import { fixtureContent } from "../test/paths.js";
import { numberedIds, writeSyntheticContent } from "../test/synthetic-content.js";
import { useTemporaryDirectories } from "../test/temporary-directory.js";
import { exportNotes } from "./export-notes.js";
import { loadGraph } from "./load-inputs.js";

const newTemporaryDirectory = useTemporaryDirectories("vault");

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".md"))
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .sort();
}

function unresolved(vault: string): string[] {
  const broken: string[] = [];
  for (const file of markdownFiles(vault)) {
    for (const target of wikiLinkTargets(readFileSync(join(vault, file), "utf8"))) {
      if (!existsSync(join(vault, `${target}.md`))) broken.push(`${file} → [[${target}]]`);
    }
  }
  return broken;
}

describe("vault wikilinks", () => {
  it.each(["ko", "en"] as const)("all resolve in the fixture vault (%s)", async (lang) => {
    const vault = newTemporaryDirectory();
    await exportNotes({ format: "vault", lang, out: vault, content: fixtureContent });
    const links = markdownFiles(vault).flatMap((file) =>
      wikiLinkTargets(readFileSync(join(vault, file), "utf8")),
    );
    expect(links.length).toBeGreaterThan(100);
    expect(unresolved(vault)).toEqual([]);
    const graph = await loadGraph(fixtureContent);
    for (const concept of listConcepts(graph)) {
      const front = frontMatterOf(readFileSync(join(vault, "concepts", `${concept.id}.md`), "utf8"));
      expect(front).toMatchObject({ id: concept.id, kind: concept.kind, tags: concept.tags });
      // The file name already is the id, so a name equal to it is not repeated as an alias.
      if (concept.name.ko !== concept.id) expect(front.aliases).toContain(concept.name.ko);
      expect(front.sources).toEqual(concept.sources);
    }
  });

  it("all resolve in a generated 300-concept vault", async () => {
    const content = newTemporaryDirectory();
    writeSyntheticContent(content, numberedIds(300));
    const vault = newTemporaryDirectory();
    await exportNotes({ format: "vault", lang: "ko", out: vault, content });
    expect(markdownFiles(vault).length).toBe(300 + 3); // concepts, one kind, one tag, the index
    expect(unresolved(vault)).toEqual([]);
  });

  it("groups relations by type and lists backlinks", async () => {
    const vault = newTemporaryDirectory();
    await exportNotes({ format: "vault", lang: "en", out: vault, content: fixtureContent });
    const node = readFileSync(join(vault, "concepts", "node.md"), "utf8");
    expect(node).toMatch(
      /## Relations\n\n### Part of\n\n- \[\[concepts\/kubernetes-cluster\|Kubernetes cluster\]\]/,
    );
    expect(node).toMatch(
      /## Backlinks\n\n### Has part\n\n(- \[\[concepts\/[a-z-]+\|[^\]]+\]\]\n)*- \[\[concepts\/kubelet\|kubelet\]\]/,
    );
    expect(readFileSync(join(vault, "tags", "service-mesh.md"), "utf8")).toContain(
      "[[concepts/sidecar-proxy|Sidecar proxy]]",
    );
  });
});
