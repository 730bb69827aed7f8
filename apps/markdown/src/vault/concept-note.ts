/**
 * One vault note per concept: front matter (id, kind, tags, aliases, sources), summary, body, relations as
 * wikilinks grouped by type, backlinks grouped by inverse type, and sources as links.
 */
import {
  conceptRelations,
  KIND_LABELS,
  type KnowledgeGraph,
  type Language,
  LEVEL_LABELS,
  RELATION_TYPES,
  type RelationEdge,
  type RelationType,
  TAG_LABELS,
} from "@kubenotes/core";
import type { RootContent } from "mdast";
import type { GeneratedFile } from "../generated-file.js";
import { LABELS } from "../labels.js";
import { heading, joined, link, list, paragraph, strong, text } from "../markdown/builders.js";
import { labelCodeBlocks } from "../markdown/code-languages.js";
import { plainText, replaceConceptLinks } from "../markdown/concept-links.js";
import { frontMatter } from "../markdown/front-matter.js";
import { nestHeadings } from "../markdown/nest-headings.js";
import { parseMarkdown } from "../markdown/parse-markdown.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import { wikiLink } from "../markdown/wiki-link.js";
import { conceptNotePath, INDEX_NOTE, kindNotePath, noteFile, tagNotePath } from "./vault-paths.js";

function capitalized(label: string, lang: Language): string {
  return lang === "en" ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

/** `### <type label>` then a list of wikilinks, one group per relation type in declaration order. */
function grouped(
  graph: KnowledgeGraph,
  edges: readonly RelationEdge[],
  lang: Language,
  side: "outgoing" | "incoming",
): RootContent[] {
  const groups = new Map<RelationType, string[]>();
  for (const edge of edges) {
    const other = side === "outgoing" ? edge.target : edge.source;
    groups.set(edge.type, [...(groups.get(edge.type) ?? []), other]);
  }
  return [...groups].flatMap(([type, ids]) => {
    const spec = RELATION_TYPES[type];
    const label = side === "outgoing" ? spec.label[lang] : spec.inverse[lang];
    return [
      heading(3, text(capitalized(label, lang))),
      list(ids.map((id) => [wikiLink(conceptNotePath(id), graph.getNodeAttributes(id).name[lang])])),
    ];
  });
}

/** Obsidian `aliases`: the name in both languages, other names and old ids, so any of them links here. */
function aliasesOf(graph: KnowledgeGraph, id: string, lang: Language): string[] {
  const concept = graph.getNodeAttributes(id);
  const other: Language = lang === "ko" ? "en" : "ko";
  const names = [concept.name[lang], concept.name[other], ...concept.aka, ...concept.aliases];
  return [...new Set(names)].filter((name) => name !== id);
}

export function conceptNote(graph: KnowledgeGraph, id: string, lang: Language, scope: string): GeneratedFile {
  const concept = graph.getNodeAttributes(id);
  const front = frontMatter(
    scope,
    {
      id,
      kind: concept.kind,
      level: concept.level,
      status: concept.status,
      ...(concept.date ? { date: concept.date } : {}),
      tags: concept.tags,
      aliases: aliasesOf(graph, id, lang),
      sources: concept.sources.map((source) => ({ title: source.title, url: source.url })),
      lang,
    },
    ["tags"],
  );
  const { outgoing, incoming } = conceptRelations(graph, id);
  const classification = paragraph(
    strong(LABELS.kind[lang]),
    text(": "),
    wikiLink(kindNotePath(concept.kind), KIND_LABELS[concept.kind][lang]),
    text(" · "),
    strong(LABELS.tags[lang]),
    text(": "),
    ...joined(concept.tags.map((tag) => wikiLink(tagNotePath(tag), TAG_LABELS[tag][lang]))),
    text(" · "),
    strong(LABELS.level[lang]),
    text(`: ${LEVEL_LABELS[concept.level][lang]}`),
    text(" · "),
    wikiLink(INDEX_NOTE, LABELS.backToIndex[lang]),
  );
  const body = parseMarkdown(concept.body[lang]);
  labelCodeBlocks(body);
  replaceConceptLinks(body, (target, bodyLink) =>
    graph.hasNode(target) ? [wikiLink(conceptNotePath(target), plainText(bodyLink))] : bodyLink.children,
  );
  const summary = concept.date ? `${concept.date} · ${concept.summary[lang]}` : concept.summary[lang];
  const children: RootContent[] = [
    front,
    heading(1, text(concept.name[lang])),
    paragraph(text(summary)),
    classification,
    ...nestHeadings(body.children, 1),
  ];
  if (outgoing.length > 0)
    children.push(heading(2, text(LABELS.relations[lang])), ...grouped(graph, outgoing, lang, "outgoing"));
  if (incoming.length > 0)
    children.push(heading(2, text(LABELS.backlinks[lang])), ...grouped(graph, incoming, lang, "incoming"));
  const seen = new Set<string>();
  const sources = concept.sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
  children.push(
    heading(2, text(LABELS.sources[lang])),
    list(sources.map((source) => [link(source.url, source.title)])),
  );
  return { path: noteFile(conceptNotePath(id)), content: stringifyMarkdown({ type: "root", children }) };
}
