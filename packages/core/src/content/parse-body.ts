/**
 * Splits a concept body into its language sections, level-1 headings `# ko` and `# en` (see scanBody: a
 * `# comment` inside a code block is not mistaken for a section), and collects its links to concept ids.
 */
import type { ContentProblem } from "../errors.js";
import { LANGUAGES, type Language } from "../model/bilingual.js";
import { scanBody } from "./scan-body.js";

export interface ParsedBody {
  body: Partial<Record<Language, string>>;
  /** Links whose target is a bare concept id (`[파드](pod)`), checked against the other files later. */
  conceptLinks: { target: string; line: number }[];
  problems: ContentProblem[];
}

/**
 * @param markdown the text after the front matter
 * @param file file path used in problems
 * @param firstLine 1-based file line where `markdown` starts
 */
export function parseBody(markdown: string, file: string, firstLine: number): ParsedBody {
  const problems: ContentProblem[] = [];
  const scan = scanBody(markdown);
  const sections: { lang: Language; start: number; end: number; line: number }[] = [];
  const conceptLinks = scan.conceptLinks.map((link) => ({
    target: link.target,
    line: firstLine + link.line - 1,
  }));
  for (const heading of scan.headings) {
    const title = heading.title;
    const line = firstLine + heading.line - 1;
    const last = sections.at(-1);
    if (last) last.end = heading.start;
    if (!(LANGUAGES as readonly string[]).includes(title)) {
      problems.push({
        file,
        line,
        code: "unknown-body-section",
        message: `unknown body section "# ${title}"`,
        hint: `the body has exactly two level-1 headings, "# ko" and "# en"; use "##" or deeper inside a section`,
      });
      continue;
    }
    const lang = title as Language;
    if (sections.some((section) => section.lang === lang)) {
      problems.push({
        file,
        line,
        code: "unknown-body-section",
        message: `body section "# ${lang}" appears twice`,
        hint: `merge the two "# ${lang}" sections into one`,
      });
      continue;
    }
    sections.push({ lang, start: heading.end, end: markdown.length, line });
  }
  const body: Partial<Record<Language, string>> = {};
  for (const section of sections) {
    const text = markdown.slice(section.start, section.end).trim();
    if (text.length === 0) {
      problems.push({
        file,
        line: section.line,
        code: "missing-body",
        message: `body section "# ${section.lang}" is empty`,
        hint: `explain the concept in ${section.lang === "ko" ? "Korean" : "English"} under "# ${section.lang}"`,
      });
      continue;
    }
    body[section.lang] = text;
  }
  for (const lang of LANGUAGES) {
    if (sections.some((section) => section.lang === lang)) continue;
    problems.push({
      file,
      line: firstLine,
      code: "missing-body",
      message: `body has no "# ${lang}" section`,
      hint: `add a "# ${lang}" heading followed by the ${lang === "ko" ? "Korean" : "English"} explanation; a missing translation is an error, never a fallback`,
    });
  }
  return { body, conceptLinks, problems };
}
