import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { invalidFixturesDirectory, validFixtureDirectory } from "../../test/fixture-graph.js";
import { ContentValidationError } from "../errors.js";
import { loadKnowledge } from "../graph/load-knowledge.js";
import { readContentFiles } from "./load-content.js";
import { validateContent } from "./validate-content.js";

interface Expected {
  problems: { file: string; line: number; code: string }[];
}

const cases = readdirSync(invalidFixturesDirectory).sort();

describe("validateContent", () => {
  it("accepts the valid fixture content with no problem", async () => {
    const { concepts, problems } = validateContent(await readContentFiles(validFixtureDirectory));
    expect(problems).toEqual([]);
    expect(concepts.map((concept) => concept.id)).toContain("control-plane");
  });

  it("has at least 15 malformed-content fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)("reports %s at the right file and line", async (name) => {
    const directory = join(invalidFixturesDirectory, name);
    const expected = JSON.parse(readFileSync(join(directory, "expected.json"), "utf8")) as Expected;
    const { problems } = validateContent(await readContentFiles(directory));
    for (const want of expected.problems) {
      expect(problems).toContainEqual(expect.objectContaining(want));
    }
    for (const problem of problems) {
      expect(problem.hint.length).toBeGreaterThan(0);
    }
  });

  it("reports every problem at once, not only the first", async () => {
    const files = [
      ...(await readContentFiles(join(invalidFixturesDirectory, "unknown-field"))),
      ...(await readContentFiles(join(invalidFixturesDirectory, "orphan"))).map((file) => ({
        ...file,
        file: `other/${file.file}`,
      })),
    ];
    const { problems } = validateContent(files);
    const codes = new Set(problems.map((problem) => problem.code));
    expect(codes).toContain("unknown-field");
    expect(codes).toContain("duplicate-id");
    expect(codes).toContain("orphan");
  });

  it("never returns a graph from invalid content", async () => {
    await expect(loadKnowledge(join(invalidFixturesDirectory, "dangling-target"))).rejects.toBeInstanceOf(
      ContentValidationError,
    );
  });

  it("suggests the closest id first for a misspelled target", async () => {
    const files = await readContentFiles(validFixtureDirectory);
    const broken = files.map((file) =>
      file.file === "kubelet.md" ? { ...file, text: file.text.replace("- node", "- nod") } : file,
    );
    const problem = validateContent(broken).problems.find((entry) => entry.code === "dangling-target");
    expect(problem?.file).toBe("kubelet.md");
    expect(problem?.hint).toMatch(/did you mean "node"/);
  });

  it("rejects an empty content directory", () => {
    expect(validateContent([]).problems.map((problem) => problem.code)).toEqual(["empty-content"]);
  });

  it("does not mistake a `#` comment in a code block for a body section", async () => {
    const graph = await loadKnowledge(validFixtureDirectory);
    expect(graph.getNodeAttributes("kubernetes").body.en).toContain("# a comment, not a section");
  });
});
