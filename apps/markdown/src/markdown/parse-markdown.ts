/** Parses Markdown (a concept body) into mdast with GFM, the same dialect stringifyMarkdown writes. */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
