/** Index notes: one per kind and per tag in use, and the top-level index linking them all. */
import {
  type Concept,
  KIND_LABELS,
  type Kind,
  type KnowledgeGraph,
  type Language,
  listConcepts,
  TAG_LABELS,
  type Tag,
} from "@kubenotes/core";
import type { RootContent } from "mdast";
import type { GeneratedFile } from "../generated-file.js";
import { LABELS } from "../labels.js";
import { heading, list, paragraph, strong, text } from "../markdown/builders.js";
import { frontMatter } from "../markdown/front-matter.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import { wikiLink } from "../markdown/wiki-link.js";
import { conceptNotePath, INDEX_NOTE, kindNotePath, noteFile, tagNotePath } from "./vault-paths.js";

function conceptList(concepts: readonly Concept[], lang: Language): RootContent {
  return list(
    concepts.map((concept) => [
      wikiLink(conceptNotePath(concept.id), concept.name[lang]),
      text(`: ${concept.summary[lang]}`),
    ]),
  );
}

function groupNote(
  target: string,
  title: string,
  data: Record<string, unknown>,
  concepts: readonly Concept[],
  lang: Language,
  scope: string,
): GeneratedFile {
  const children: RootContent[] = [
    frontMatter(scope, { ...data, lang }),
    heading(1, text(title)),
    paragraph(
      strong(LABELS.conceptCount[lang]),
      text(`: ${concepts.length} · `),
      wikiLink(INDEX_NOTE, LABELS.backToIndex[lang]),
    ),
    conceptList(concepts, lang),
  ];
  return { path: noteFile(target), content: stringifyMarkdown({ type: "root", children }) };
}

export function kindIndexNote(
  graph: KnowledgeGraph,
  kind: Kind,
  lang: Language,
  scope: string,
): GeneratedFile {
  const title = `${LABELS.kind[lang]}: ${KIND_LABELS[kind][lang]}`;
  return groupNote(
    kindNotePath(kind),
    title,
    { index: "kind", kind },
    listConcepts(graph, { kind }),
    lang,
    scope,
  );
}

export function tagIndexNote(graph: KnowledgeGraph, tag: Tag, lang: Language, scope: string): GeneratedFile {
  const title = `${LABELS.tag[lang]}: ${TAG_LABELS[tag][lang]}`;
  return groupNote(tagNotePath(tag), title, { index: "tag", tag }, listConcepts(graph, { tag }), lang, scope);
}

/** @param kinds kinds in use, @param tags tags in use: only notes that exist are linked */
export function topIndexNote(
  graph: KnowledgeGraph,
  kinds: readonly Kind[],
  tags: readonly Tag[],
  lang: Language,
  scope: string,
): GeneratedFile {
  const concepts = listConcepts(graph);
  const children: RootContent[] = [
    frontMatter(scope, { index: "all", lang }),
    heading(1, text(LABELS.index[lang])),
    paragraph(text(LABELS.indexIntro[lang])),
    paragraph(strong(LABELS.conceptCount[lang]), text(`: ${concepts.length}`)),
    heading(2, text(LABELS.kinds[lang])),
    list(
      kinds.map((kind) => [
        wikiLink(kindNotePath(kind), KIND_LABELS[kind][lang]),
        text(` (${listConcepts(graph, { kind }).length})`),
      ]),
    ),
    heading(2, text(LABELS.tags[lang])),
    list(
      tags.map((tag) => [
        wikiLink(tagNotePath(tag), TAG_LABELS[tag][lang]),
        text(` (${listConcepts(graph, { tag }).length})`),
      ]),
    ),
    heading(2, text(LABELS.concepts[lang])),
    conceptList(concepts, lang),
  ];
  return { path: noteFile(INDEX_NOTE), content: stringifyMarkdown({ type: "root", children }) };
}
