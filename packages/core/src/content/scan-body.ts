/**
 * Finds what validation needs in a concept body: its level-1 headings and its links to concept ids.
 * `scanBody` tries a line scanner first and falls back to a full CommonMark parse (mdast) whenever the body
 * holds a construct the scanner does not model; a property test checks both agree whenever the fast path
 * answers. Parsing prose with micromark costs about 1 ms per KB, most of the cost of loading content.
 */
import { fromMarkdown } from "mdast-util-from-markdown";
import { toString as mdastToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

export interface BodyScan {
  /** Level-1 headings: their text, 1-based line, offset where the heading starts and where its line ends. */
  headings: { title: string; line: number; start: number; end: number }[];
  /** Links whose target is a bare concept id (`[파드](pod)`), with their 1-based line. */
  conceptLinks: { target: string; line: number }[];
}

/** A link target that is a concept id: no scheme, no slash, no dot, kebab-case (optionally `#anchor`). */
const CONCEPT_LINK = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#.*)?$/;
/** Only top-level fences at column 0; a fence anywhere else (lists, quotes, indented) goes to mdast. */
const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
/** Only at column 0: an indented `#` line may belong to a list item, which the scanner does not track. */
const HEADING_1 = /^#(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const LINK_TO_ID = /\[[^[\]]*\]\(\s*([a-z0-9]+(?:-[a-z0-9]+)*)(?:#[^)\s]*)?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
/** Lines the scanner does not model: HTML blocks, setext underlines, reference definitions. */
const UNMODELLED_LINE = /^ {0,3}(?:<|=+[ \t]*$|\[[^\]]+\]:)|^ {1,3}#(?:[ \t]|$)/;

export function scanBody(markdown: string): BodyScan {
  return scanBodyFast(markdown) ?? scanBodyWithMdast(markdown);
}

/** The CommonMark reference: slow, exact. */
export function scanBodyWithMdast(markdown: string): BodyScan {
  const tree = fromMarkdown(markdown);
  const scan: BodyScan = { headings: [], conceptLinks: [] };
  visit(tree, "link", (node) => {
    const match = CONCEPT_LINK.exec(node.url);
    if (match?.[1]) scan.conceptLinks.push({ target: match[1], line: node.position?.start.line ?? 1 });
  });
  for (const node of tree.children) {
    if (node.type !== "heading" || node.depth !== 1 || !node.position) continue;
    scan.headings.push({
      title: mdastToString(node).trim(),
      line: node.position.start.line,
      start: node.position.start.offset ?? 0,
      end: node.position.end.offset ?? 0,
    });
  }
  return scan;
}

/** The line scanner: undefined when the body has anything it does not model. */
export function scanBodyFast(markdown: string): BodyScan | undefined {
  const scan: BodyScan = { headings: [], conceptLinks: [] };
  let fence: { char: string; length: number } | undefined;
  let offset = 0;
  const lines = markdown.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const start = offset;
    offset += line.length + 1;
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.length) fence = undefined;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open?.[1]) {
      if (open[1][0] === "`" && open[2]?.includes("`")) return undefined;
      fence = { char: open[1][0] as string, length: open[1].length };
      continue;
    }
    if (line.includes("```") || line.includes("~~~")) return undefined;
    if (line.includes("\t") || UNMODELLED_LINE.test(line) || line.includes("\\") || line.includes("!["))
      return undefined;
    const heading = HEADING_1.exec(line);
    if (heading) {
      const title = (heading[1] ?? "").trim();
      if (/[*_`[\]<>&!]/.test(title)) return undefined;
      scan.headings.push({
        title,
        line: index + 1,
        start: start + (line.length - line.trimStart().length),
        end: start + line.trimEnd().length,
      });
      continue;
    }
    const text = line.includes("`") ? blankCodeSpans(line) : line;
    if (text === undefined) return undefined;
    const links = [...text.matchAll(LINK_TO_ID)];
    // Every "](" must belong to a one-line link to an id or to an https URL; anything else goes to mdast.
    const others =
      line.split("](").length -
      1 -
      links.length -
      (line.match(/\[[^[\]]*\]\(https?:\/\/[^\s()]*\)/g)?.length ?? 0);
    if (others !== 0) return undefined;
    for (const match of links) {
      if (match[1]) scan.conceptLinks.push({ target: match[1], line: index + 1 });
    }
  }
  return scan;
}

/**
 * The line with its inline code spans blanked out (a link inside backticks is not a link), or undefined when
 * a backtick run has no closing run of the same length on the line (the span may continue on the next line).
 */
function blankCodeSpans(line: string): string | undefined {
  let result = "";
  let index = 0;
  while (index < line.length) {
    if (line[index] !== "`") {
      result += line[index];
      index++;
      continue;
    }
    let length = 0;
    while (line[index + length] === "`") length++;
    const fence = "`".repeat(length);
    let close = line.indexOf(fence, index + length);
    while (close !== -1 && (line[close - 1] === "`" || line[close + length] === "`"))
      close = line.indexOf(fence, close + 1);
    if (close === -1) return undefined;
    result += " ".repeat(close + length - index);
    index = close + length;
  }
  return result;
}
