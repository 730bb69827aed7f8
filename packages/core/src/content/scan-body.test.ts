import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validFixtureDirectory } from "../../test/fixture-graph.js";
import { readContentFiles } from "./load-content.js";
import { type BodyScan, scanBody, scanBodyFast, scanBodyWithMdast } from "./scan-body.js";

/** What validation uses from a scan: heading titles and lines, section texts, concept links. */
function observable(markdown: string, scan: BodyScan) {
  return {
    headings: scan.headings.map((heading, index) => ({
      title: heading.title,
      line: heading.line,
      text: markdown.slice(heading.end, scan.headings[index + 1]?.start ?? markdown.length).trim(),
    })),
    links: scan.conceptLinks,
  };
}

const PIECES = [
  "# ko",
  "# en",
  "# ko #",
  "#ko",
  "#",
  "## 소제목",
  "### Sub",
  "# other",
  "  # en",
  "    # ko",
  "\t# ko",
  "```yaml",
  "```",
  "````",
  "~~~",
  "~~~sh",
  "``` a`b",
  "kind: Pod",
  "# a comment in code",
  "<div>",
  "<!-- x -->",
  "ko",
  "==",
  "---",
  "- item [노드](node-a)",
  "> # quote",
  "1. step",
  "Text with [a link](pod) and [another](control-plane#parts).",
  "[x](https://kubernetes.io/docs/)",
  "`code [x](pod)`",
  "![image](pod)",
  "[ref]: pod",
  "[x][ref]",
  "\\[x](pod)",
  "*emphasis* and _more_",
  "한국어 문장이다. [파드](pod)를 본다.",
  "    ```",
  "  ```",
  "- ```",
  "  - [n](node-a)",
  ">```",
  "| a | [t](pod) |",
  "[multi",
  "line](pod)",
  "<https://kubernetes.io>",
  "text](pod)",
  '[x](pod "title")',
  "[x]( pod )",
  "",
  "",
  "",
];

describe("scanBody", () => {
  it("the fast scanner agrees with mdast whenever it answers", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (lines) => {
        const markdown = lines.join("\n");
        const fast = scanBodyFast(markdown);
        if (fast)
          expect(observable(markdown, fast)).toEqual(observable(markdown, scanBodyWithMdast(markdown)));
      }),
      { numRuns: 40_000 },
    );
  });

  it("answers fast for ordinary concept bodies, and agrees with mdast on them", async () => {
    for (const { text } of await readContentFiles(validFixtureDirectory)) {
      const body = text.slice(text.indexOf("\n---", 4) + 5);
      const fast = scanBodyFast(body);
      expect(fast).toBeDefined();
      expect(observable(body, fast as BodyScan)).toEqual(observable(body, scanBodyWithMdast(body)));
    }
  });

  it("falls back to mdast for constructs the scanner does not model", () => {
    const markdown = "# ko\n\n<div>\n# en\n</div>\n\n# en\n\ntext";
    expect(scanBodyFast(markdown)).toBeUndefined();
    expect(scanBody(markdown).headings.map((heading) => heading.title)).toEqual(
      scanBodyWithMdast(markdown).headings.map((h) => h.title),
    );
  });

  it("ignores a heading inside a fenced code block", () => {
    const markdown = readFileSync(
      new URL("../../test/fixtures/valid/kubernetes.md", import.meta.url),
      "utf8",
    );
    const body = markdown.slice(markdown.indexOf("\n---", 4) + 5);
    expect(scanBody(body).headings.map((heading) => heading.title)).toEqual(["ko", "en"]);
  });
});
