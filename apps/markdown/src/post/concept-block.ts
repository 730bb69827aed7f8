/**
 * One concept written in full inside the post: its summary, its body (headings nested under the block's
 * heading), and a line of typed relations and a line of sources as links.
 */
import {
  type Concept,
  conceptRelations,
  type KnowledgeGraph,
  type Language,
  RELATION_TYPES,
  type RelationType,
  STATUS_LABELS,
} from "@kubenotes/core";
import type { PhrasingContent, RootContent } from "mdast";
import { LABELS } from "../labels.js";
import { joined, link, paragraph, strong, text } from "../markdown/builders.js";
import { labelCodeBlocks } from "../markdown/code-languages.js";
import { nestHeadings } from "../markdown/nest-headings.js";
import { parseMarkdown } from "../markdown/parse-markdown.js";
import { scopeIdentifiers } from "../markdown/scope-identifiers.js";

/** `**Sources**: [title](url), …`, each URL once. */
export function sourcesParagraph(concept: Concept, lang: Language): RootContent {
  const seen = new Set<string>();
  const links = concept.sources.filter((source) => !seen.has(source.url) && seen.add(source.url));
  return paragraph(
    strong(LABELS.sources[lang]),
    text(": "),
    ...joined(links.map((source) => link(source.url, source.title))),
  );
}

/**
 * `**Relations**: part of → A · uses → B, C`, outgoing edges grouped by type; undefined when there are none.
 * Targets are concept links (`[A](a)`), which renderPost points at the heading where each is written.
 */
function relationsParagraph(graph: KnowledgeGraph, id: string, lang: Language): RootContent | undefined {
  const groups = new Map<RelationType, PhrasingContent[]>();
  for (const edge of conceptRelations(graph, id).outgoing) {
    const targets = groups.get(edge.type) ?? [];
    targets.push(link(edge.target, graph.getNodeAttributes(edge.target).name[lang]));
    groups.set(edge.type, targets);
  }
  if (groups.size === 0) return undefined;
  const parts = [...groups].map(([type, targets]) => [
    text(`${RELATION_TYPES[type].label[lang]} → `),
    ...joined(targets),
  ]);
  return paragraph(
    strong(LABELS.relations[lang]),
    text(": "),
    ...parts.flatMap((part, index) => (index === 0 ? part : [text(" · "), ...part])),
  );
}

/**
 * @param depth depth of the heading the block sits under; the body's own headings go below it
 */
export function conceptBlock(
  graph: KnowledgeGraph,
  id: string,
  lang: Language,
  depth: number,
): RootContent[] {
  const concept = graph.getNodeAttributes(id);
  const summary: PhrasingContent[] = concept.date
    ? [strong(concept.date), text(` · ${concept.summary[lang]}`)]
    : [text(concept.summary[lang])];
  const blocks: RootContent[] = [paragraph(...summary)];
  if (concept.status !== "current") {
    blocks.push(paragraph(strong(LABELS.status[lang]), text(`: ${STATUS_LABELS[concept.status][lang]}`)));
  }
  const tree = parseMarkdown(concept.body[lang]);
  labelCodeBlocks(tree);
  blocks.push(...nestHeadings(scopeIdentifiers(tree.children, id), depth));
  const relations = relationsParagraph(graph, id, lang);
  if (relations) blocks.push(relations);
  blocks.push(sourcesParagraph(concept, lang));
  return blocks;
}

const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

/**
 * The heading text of a concept. A Korean name carries the English in brackets, as the seed writes
 * `쿠버네티스(Kubernetes)`, unless it already has brackets or is not Korean at all (`dotCloud`).
 */
export function conceptTitle(concept: Concept, lang: Language): string {
  const name = concept.name[lang];
  if (lang === "en" || !HANGUL.test(name) || name.includes("(")) return name;
  return `${name}(${concept.name.en})`;
}
