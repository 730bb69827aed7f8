/** Splits a `---` fenced YAML front matter from the Markdown that follows it, keeping line offsets. */

export interface FrontMatterParts {
  /** The YAML between the fences. */
  yaml: string;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Returns undefined when the text does not start with a closed front matter block. */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? "")) return undefined;
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close === -1) return undefined;
  return {
    yaml: lines.slice(1, close).join("\n"),
    yamlLine: 2,
    body: lines.slice(close + 1).join("\n"),
    bodyLine: close + 2,
  };
}
