import type { Heading } from "mdast";
import { describe, expect, it } from "vitest";
import { nestHeadings } from "./nest-headings.js";
import { parseMarkdown } from "./parse-markdown.js";

const depths = (markdown: string, parent: number) =>
  nestHeadings(parseMarkdown(markdown).children, parent)
    .filter((node): node is Heading => node.type === "heading")
    .map((heading) => heading.depth);

describe("nestHeadings", () => {
  it("puts the shallowest body heading one below the parent and keeps the steps", () => {
    expect(depths("## a\n\n### b\n\n## c\n", 3)).toEqual([4, 5, 4]);
  });

  it("never skips a level, even when the body does", () => {
    expect(depths("## a\n\n#### b\n", 1)).toEqual([2, 3]);
  });

  it("stops at level 6", () => {
    expect(depths("## a\n\n### b\n\n#### c\n", 4)).toEqual([5, 6, 6]);
  });

  it("moves the headings of the tree it is given (in place) and returns its nodes", () => {
    const tree = parseMarkdown("## a\n");
    expect(nestHeadings(tree.children, 4)).toBe(tree.children);
    expect((tree.children[0] as Heading).depth).toBe(5);
  });
});
