/** Parses and checks a note outline (YAML) against the graph: every concept id must exist. */
import { LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import { type ContentProblem, ContentValidationError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { type NoteOutline, noteOutlineSchema } from "../model/outline-schema.js";
import { closestIds } from "./closest-ids.js";

/**
 * @param file path shown in problems
 * @param graph when given, every concept id is checked against it
 * @throws ContentValidationError listing every problem with its line
 */
export function parseOutline(file: string, text: string, graph?: KnowledgeGraph): NoteOutline {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineOf(error.pos[0]),
    code: "yaml-syntax",
    message: `YAML: ${error.message.split("\n")[0]}`,
    hint: "fix the YAML syntax",
  }));
  if (problems.length > 0) throw new ContentValidationError(problems);
  const parsed = noteOutlineSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path as (string | number)[];
      let node: YamlNode | undefined;
      for (let length = path.length; length > 0 && !node?.range; length--)
        node = doc.getIn(path.slice(0, length), true) as YamlNode;
      problems.push({
        file,
        line: lineOf(node?.range?.[0]),
        code: "invalid-value",
        message: `${path.join(".") || "outline"}: ${issue.message}`,
        hint: "see packages/core/src/model/outline-schema.ts for the outline fields",
      });
    }
    throw new ContentValidationError(problems);
  }
  if (graph) {
    parsed.data.sections.forEach((section, sectionIndex) => {
      section.concepts.forEach((id, conceptIndex) => {
        if (graph.hasNode(id)) return;
        const node = doc.getIn(["sections", sectionIndex, "concepts", conceptIndex], true) as
          | YamlNode
          | undefined;
        const suggestions = closestIds(id, graph.nodes());
        problems.push({
          file,
          line: lineOf(node?.range?.[0]),
          code: "dangling-target",
          message: `section "${section.heading.en}" names unknown concept "${id}"`,
          hint: suggestions.length
            ? `did you mean ${suggestions.join(", ")}?`
            : "add the concept or remove the id",
        });
      });
    });
    if (problems.length > 0) throw new ContentValidationError(problems);
  }
  return parsed.data;
}
