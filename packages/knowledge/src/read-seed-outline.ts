/** Reads the seed note's extract (front matter + heading lines) kept in outlines/seed/. */
import { parse } from "yaml";

export interface SeedOutline {
  title: string;
  categories: string[];
  tags: string[];
  headings: { level: number; text: string }[];
}

export function readSeedOutline(text: string): SeedOutline {
  // The header comment sits before the front matter, so only lines after the closing `---` are headings.
  const lines = text.split("\n");
  const start = lines.indexOf("---");
  const end = lines.indexOf("---", start + 1);
  const front = parse(lines.slice(start + 1, end).join("\n")) as {
    title: string;
    categories: string[];
    tags: string[];
  };
  const headings = lines
    .slice(end + 1)
    .map((line) => /^(#{1,6}) (.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ level: (match[1] ?? "").length, text: (match[2] ?? "").trim() }));
  return { title: front.title, categories: front.categories, tags: front.tags, headings };
}
