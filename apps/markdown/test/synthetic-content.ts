/**
 * Generated, valid concept files for tests that need many concepts or a given set of ids (the real outline's),
 * without depending on the real knowledge, which is being written while these tests run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

export interface SyntheticOptions {
  /** Paragraphs of filler per language, to make files bigger (default 1). */
  paragraphs?: number;
}

function body(id: string, lang: "ko" | "en", paragraphs: number): string {
  const filler =
    lang === "ko"
      ? `${id} 개념은 시험용으로 만든 내용이다. 문단은 여러 번 반복되어 파일을 크게 만든다.`
      : `The ${id} concept is made up for tests. Paragraphs repeat to make the file bigger.`;
  const heading = lang === "ko" ? "## 자세히" : "## Details";
  return [
    `# ${lang}`,
    "",
    filler,
    "",
    heading,
    "",
    ...Array.from({ length: paragraphs }, () => `${filler}\n`),
  ].join("\n");
}

/** The text of one concept file; every concept but `hub` is `related-to` the hub, so none is an orphan. */
export function syntheticConcept(id: string, hub: string, options: SyntheticOptions = {}): string {
  const front = {
    id,
    kind: "concept",
    name: { ko: `개념 ${id}`, en: `Concept ${id}` },
    summary: { ko: `${id}에 대한 시험용 요약이다.`, en: `A test summary of ${id}.` },
    tags: ["kubernetes"],
    level: "fundamental",
    ...(id === hub ? {} : { relations: { "related-to": [hub] } }),
    sources: [{ title: `Docs for ${id}`, url: `https://kubernetes.io/docs/${id}/` }],
  };
  const paragraphs = options.paragraphs ?? 1;
  return `---\n${stringify(front)}---\n${body(id, "ko", paragraphs)}\n${body(id, "en", paragraphs)}`;
}

/** Writes one file per id into `directory`; the first id is the hub. */
export function writeSyntheticContent(
  directory: string,
  ids: readonly string[],
  options: SyntheticOptions = {},
): void {
  const [hub] = ids;
  if (hub === undefined) throw new Error("writeSyntheticContent: no ids");
  mkdirSync(directory, { recursive: true });
  for (const id of ids) writeFileSync(join(directory, `${id}.md`), syntheticConcept(id, hub, options));
}

/** `concept-00000` … : ids for a large synthetic graph. */
export function numberedIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `concept-${String(index).padStart(5, "0")}`);
}
