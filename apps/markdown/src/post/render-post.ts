/**
 * The Jekyll post: the outline's front matter, intro and headings (same order and levels), each section
 * written from its concepts in the graph, with Mermaid diagrams where the diagram plan places them.
 */
import type { KnowledgeGraph, Language, NoteOutline, OutlineSection } from "@kubenotes/core";
import type { Heading, Root, RootContent } from "mdast";
import type { GeneratedFile } from "../generated-file.js";
import { LABELS } from "../labels.js";
import { code, heading, link, list, paragraph, strong, text } from "../markdown/builders.js";
import { replaceConceptLinks } from "../markdown/concept-links.js";
import { frontMatter } from "../markdown/front-matter.js";
import { headingSlugs } from "../markdown/heading-slugs.js";
import { stringifyMarkdown } from "../markdown/stringify-markdown.js";
import { exportScope } from "../marker.js";
import { conceptBlock, conceptTitle } from "./concept-block.js";
import { DIAGRAM_PLAN } from "./diagram-plan.js";
import { homeSections } from "./home-sections.js";
import { postDate, postFileName } from "./post-file-name.js";

interface SectionContext {
  graph: KnowledgeGraph;
  outline: NoteOutline;
  lang: Language;
  homes: Map<string, number>;
  /** Filled while rendering: the heading each concept is written under, for in-page concept links. */
  targets: Map<string, Heading>;
}

/** Dated events written in this section, oldest first, as a list: `**2013-03**: name`. */
function chronology({ graph, lang }: SectionContext, ids: readonly string[]): RootContent[] {
  const events = ids
    .map((id) => graph.getNodeAttributes(id))
    .filter((concept) => concept.date !== undefined)
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id));
  if (events.length < 2) return [];
  return [
    paragraph(strong(LABELS.chronology[lang]), text(":")),
    list(events.map((event) => [strong(event.date ?? ""), text(`: ${event.name[lang]}`)])),
  ];
}

/** Concepts this section lists but writes elsewhere: name, summary and where to read more. */
function mentions(context: SectionContext, ids: readonly string[]): RootContent[] {
  if (ids.length === 0) return [];
  const { graph, outline, lang, homes } = context;
  return [
    paragraph(strong(LABELS.inThisSection[lang]), text(":")),
    list(
      ids.map((id) => {
        const concept = graph.getNodeAttributes(id);
        const home = outline.sections[homes.get(id) ?? -1];
        const summary = [strong(concept.name[lang]), text(`: ${concept.summary[lang]}`)];
        if (!home) return summary;
        return [
          ...summary,
          text(" ("),
          link(id, LABELS.seeSection[lang].replace("{}", home.heading[lang])),
          text(")"),
        ];
      }),
    ),
  ];
}

function renderSection(
  context: SectionContext,
  section: OutlineSection,
  index: number,
): { nodes: RootContent[]; diagrams: number } {
  const { graph, lang, homes, targets } = context;
  const sectionHeading = heading(section.level, text(section.heading[lang]));
  const nodes: RootContent[] = [sectionHeading];
  const written = section.concepts.filter((id) => homes.get(id) === index);
  const lead = section.concepts[0] === written[0] ? written[0] : undefined;
  if (lead !== undefined) {
    targets.set(lead, sectionHeading);
    nodes.push(...conceptBlock(graph, lead, lang, section.level));
  }
  nodes.push(...chronology(context, written));
  nodes.push(
    ...mentions(
      context,
      section.concepts.filter((id) => homes.get(id) !== index),
    ),
  );
  let diagrams = 0;
  for (const plan of DIAGRAM_PLAN) {
    if (!written.includes(plan.anchor)) continue;
    const source = plan.render({ graph, lang, sectionConcepts: section.concepts });
    if (source === undefined) continue;
    nodes.push(code("mermaid", source));
    diagrams++;
  }
  for (const id of written) {
    if (id === lead) continue;
    const conceptHeading = heading(section.level + 1, text(conceptTitle(graph.getNodeAttributes(id), lang)));
    targets.set(id, conceptHeading);
    nodes.push(conceptHeading);
    nodes.push(...conceptBlock(graph, id, lang, section.level + 1));
  }
  return { nodes, diagrams };
}

/**
 * Points every concept link at the id of the heading its concept is written under; a concept the post does
 * not write keeps its text without a link.
 */
function resolveConceptLinks(tree: Root, targets: ReadonlyMap<string, Heading>): void {
  const slugs = headingSlugs(tree);
  replaceConceptLinks(tree, (id, conceptLink) => {
    const target = targets.get(id);
    const slug = target ? slugs.get(target) : undefined;
    return slug === undefined ? conceptLink.children : [{ ...conceptLink, url: `#${slug}` }];
  });
}

/**
 * @param outline parsed and checked against this graph (parseOutline with the graph)
 */
export function renderPost(graph: KnowledgeGraph, outline: NoteOutline, lang: Language): GeneratedFile {
  const context: SectionContext = { graph, outline, lang, homes: homeSections(outline), targets: new Map() };
  const body: RootContent[] = [paragraph(text(outline.intro[lang]))];
  let diagrams = 0;
  outline.sections.forEach((section, index) => {
    const rendered = renderSection(context, section, index);
    body.push(...rendered.nodes);
    diagrams += rendered.diagrams;
  });
  const front = frontMatter(
    exportScope("post", lang, outline.id),
    {
      title: outline.front.title[lang],
      date: postDate(outline),
      categories: outline.front.categories,
      tags: outline.front.tags,
      lang,
      ...(diagrams > 0 ? { mermaid: true } : {}),
    },
    ["categories", "tags"],
  );
  const tree: Root = { type: "root", children: [front, ...body] };
  resolveConceptLinks(tree, context.targets);
  const content = stringifyMarkdown(tree);
  return { path: postFileName(outline, lang), content };
}
