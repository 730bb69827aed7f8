/**
 * Parses one concept file (YAML front matter + `# ko` / `# en` Markdown body) into a concept, reporting every
 * problem with its file line. Cross-file rules (duplicates, dangling targets, cycles) live in validateContent.
 */
import { type Document, isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { z } from "zod";
import type { ContentProblem, ContentProblemCode } from "../errors.js";
import { type Concept, conceptFrontMatterSchema } from "../model/concept-schema.js";
import { KINDS } from "../model/kinds.js";
import { LEVELS } from "../model/levels.js";
import { RELATION_TYPE_IDS } from "../model/relations.js";
import { STATUSES } from "../model/statuses.js";
import { TAGS } from "../model/tags.js";
import { parseBody } from "./parse-body.js";
import { splitFrontMatter } from "./split-front-matter.js";

/** Where each authored relation sits in its file, so cross-file problems can point at the exact line. */
export interface RelationSite {
  type: string;
  target: string;
  line: number;
}

export interface ParsedConceptFile {
  file: string;
  /** Present only when the file had no problems of its own. */
  concept?: Concept;
  /** The id as written (even when other fields are broken), for duplicate detection. */
  id?: string;
  idLine: number;
  aliasLines: Record<string, number>;
  relationSites: RelationSite[];
  /** Body links to other concepts by id (`[파드](pod)`). */
  conceptLinks: { target: string; line: number }[];
  problems: ContentProblem[];
}

const FIELD_HINTS: Record<string, string> = {
  id: "use kebab-case ASCII matching the file name, e.g. kube-apiserver",
  kind: `one of: ${KINDS.join(", ")}`,
  level: `one of: ${LEVELS.join(", ")}`,
  status: `one of: ${STATUSES.join(", ")}`,
  tags: `tags come from the fixed taxonomy: ${TAGS.join(", ")}`,
  relations: `relation types: ${RELATION_TYPE_IDS.join(", ")}`,
  sources: "add `- title: <page title>` and `url: https://...` pointing at official documentation",
  name: "give both `ko:` and `en:`; Korean terms follow the Kubernetes Korean localization glossary",
  summary: "give both `ko:` and `en:` in one or two sentences",
  date: "write the date as YYYY, YYYY-MM or YYYY-MM-DD, in quotes if you like",
};
const ALLOWED_FIELDS = Object.keys(conceptFrontMatterSchema.shape).join(", ");

export function parseConceptFile(file: string, text: string): ParsedConceptFile {
  const result: ParsedConceptFile = {
    file,
    idLine: 1,
    aliasLines: {},
    relationSites: [],
    conceptLinks: [],
    problems: [],
  };
  const problem = (line: number, code: ContentProblemCode, message: string, hint: string) =>
    result.problems.push({ file, line, code, message, hint });

  const parts = splitFrontMatter(text);
  if (!parts) {
    problem(
      1,
      "missing-front-matter",
      "file does not start with a `---` fenced YAML front matter",
      "start the file with `---`, the YAML fields, then `---` on its own line",
    );
    return result;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? parts.yamlLine : parts.yamlLine + lineCounter.linePos(offset).line - 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problem(
        lineOf(error.pos[0]),
        "yaml-syntax",
        `YAML: ${error.message.split("\n")[0]}`,
        "fix the YAML syntax (indentation, quotes around values containing `: ` or `#`)",
      );
    }
    return result;
  }
  const data: unknown = doc.toJS();
  if (!data || typeof data !== "object" || Array.isArray(data)) {
    problem(
      parts.yamlLine,
      "missing-front-matter",
      "front matter is not a YAML mapping of fields",
      `write fields as \`key: value\`; allowed: ${ALLOWED_FIELDS}`,
    );
    return result;
  }
  collectSites(doc, result, lineOf);

  const parsed = conceptFrontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(issue, doc, lineOf, problem);
  }
  const body = parseBody(parts.body, file, parts.bodyLine);
  result.problems.push(...body.problems);
  result.conceptLinks = body.conceptLinks;
  if (parsed.success && result.problems.length === 0 && body.body.ko && body.body.en) {
    result.concept = { ...parsed.data, body: { ko: body.body.ko, en: body.body.en } };
  }
  return result;
}

function collectSites(
  doc: Document,
  result: ParsedConceptFile,
  lineOf: (offset: number | undefined) => number,
) {
  const idNode = doc.get("id", true) as YamlNode | undefined;
  const id = doc.get("id");
  if (typeof id === "string") result.id = id;
  result.idLine = lineOf(idNode?.range?.[0]);
  const aliases = doc.get("aliases", true);
  if (isSeq(aliases)) {
    for (const item of aliases.items) {
      const value = (item as YamlNode & { value?: unknown }).value;
      if (typeof value === "string") result.aliasLines[value] = lineOf((item as YamlNode).range?.[0]);
    }
  }
  const relations = doc.get("relations", true);
  if (!isMap(relations)) return;
  for (const pair of relations.items) {
    const type = String((pair.key as { value?: unknown })?.value ?? pair.key);
    if (!isSeq(pair.value)) continue;
    for (const item of pair.value.items) {
      const target = (item as YamlNode & { value?: unknown }).value;
      if (typeof target === "string") {
        result.relationSites.push({ type, target, line: lineOf((item as YamlNode).range?.[0]) });
      }
    }
  }
}

/** Maps a zod issue to the YAML node it is about, and words it with a hint. */
function reportIssue(
  issue: z.core.$ZodIssue,
  doc: Document,
  lineOf: (offset: number | undefined) => number,
  problem: (line: number, code: ContentProblemCode, message: string, hint: string) => void,
) {
  const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
  const where = path.join(".") || "front matter";
  const field = String(path[0] ?? "");
  const hint = FIELD_HINTS[field] ?? `allowed fields: ${ALLOWED_FIELDS}`;
  if (issue.code === "unrecognized_keys") {
    for (const key of issue.keys) {
      const line = lineOf(keyNode(doc, path, key)?.range?.[0]);
      const allowed =
        path.length === 0
          ? `allowed fields: ${ALLOWED_FIELDS}`
          : path[0] === "name" || path[0] === "summary"
            ? "only `ko` and `en`"
            : hint;
      problem(line, "unknown-field", `unknown field "${[...path, key].join(".")}"`, allowed);
    }
    return;
  }
  if (issue.code === "invalid_key" && path[0] === "relations") {
    const key = String(path[1] ?? "");
    problem(
      lineOf(keyNode(doc, path.slice(0, 1), key)?.range?.[0]),
      "invalid-value",
      `unknown relation type "${key}"`,
      FIELD_HINTS.relations ?? "",
    );
    return;
  }
  const node = nearestNode(doc, path);
  const line = lineOf(node?.range?.[0]);
  const value = doc.getIn(path);
  if (value === undefined) {
    const isText = (field === "name" || field === "summary") && path.length === 2;
    problem(
      line,
      isText ? "missing-text" : "missing-field",
      isText
        ? `${where} is missing: a missing translation is an error`
        : `required field "${where}" is missing`,
      hint,
    );
    return;
  }
  const isText = (field === "name" || field === "summary") && issue.code === "too_small";
  // Enum misses ("kind: widget") read better as "unknown kind" with the choices in the hint.
  const message =
    issue.code === "invalid_value"
      ? `unknown ${field.replace(/s$/, "")} ${JSON.stringify(value)}`
      : `${where}: ${issue.message} (got ${JSON.stringify(value)})`;
  problem(line, isText ? "missing-text" : "invalid-value", message, hint);
}

function nearestNode(doc: Document, path: (string | number)[]): YamlNode | undefined {
  for (let length = path.length; length > 0; length--) {
    const node = doc.getIn(path.slice(0, length), true) as YamlNode | undefined;
    if (node?.range) return node;
    // A missing key: point at the parent's key instead.
  }
  return doc.contents ?? undefined;
}

function keyNode(doc: Document, parentPath: (string | number)[], key: string): YamlNode | undefined {
  const parent = parentPath.length === 0 ? doc.contents : doc.getIn(parentPath, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === key);
  return (pair?.key as YamlNode | undefined) ?? undefined;
}
