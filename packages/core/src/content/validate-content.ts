/**
 * Validates a whole set of concept files at once and reports every problem: per-file schema problems plus the
 * cross-file rules (duplicate ids and aliases, dangling targets, cycles, orphans). Pure: files in, result out.
 */
import type { ContentProblem } from "../errors.js";
import type { Concept } from "../model/concept-schema.js";
import {
  ACYCLIC_RELATION_TYPES,
  LEARNING_ORDER_RELATION_TYPES,
  RELATION_TYPES,
  type RelationType,
} from "../model/relations.js";
import { closestIds } from "./closest-ids.js";
import { type ParsedConceptFile, parseConceptFile } from "./parse-concept-file.js";

export interface ContentFile {
  /** Path shown in problems, relative to the content directory. */
  file: string;
  text: string;
}

export interface ContentValidation {
  /** Valid concepts, sorted by id. Only meaningful when `problems` is empty. */
  concepts: Concept[];
  /** Every problem, sorted by file then line. */
  problems: ContentProblem[];
}

export function validateContent(files: readonly ContentFile[]): ContentValidation {
  return validateParsedContent(files.map(({ file, text }) => parseConceptFile(file, text)));
}

/** The cross-file half of validateContent, for files already parsed (e.g. in worker threads). */
export function validateParsedContent(parsed: readonly ParsedConceptFile[]): ContentValidation {
  const problems: ContentProblem[] = parsed.flatMap((entry) => entry.problems);
  if (parsed.length === 0) {
    problems.push({
      file: "(content)",
      line: 1,
      code: "empty-content",
      message: "no concept files found",
      hint: "add at least one `<id>.md` concept file to the content directory",
    });
  }
  checkFileNames(parsed, problems);
  const byId = checkDuplicates(parsed, problems);
  checkRelations(byId, problems);
  const concepts = [...byId.values()].flatMap((entry) => (entry.concept ? [entry.concept] : []));
  concepts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.code.localeCompare(b.code));
  return { concepts, problems };
}

function checkFileNames(parsed: readonly ParsedConceptFile[], problems: ContentProblem[]) {
  for (const entry of parsed) {
    if (!entry.id) continue;
    const stem = entry.file.split(/[\\/]/).at(-1)?.replace(/\.md$/, "");
    if (stem !== entry.id) {
      problems.push({
        file: entry.file,
        line: entry.idLine,
        code: "id-filename-mismatch",
        message: `id "${entry.id}" does not match the file name "${stem}.md"`,
        hint: `rename the file to "${entry.id}.md" (or fix the id); a renamed id keeps working when the old one is listed in \`aliases\``,
      });
    }
  }
}

function checkDuplicates(
  parsed: readonly ParsedConceptFile[],
  problems: ContentProblem[],
): Map<string, ParsedConceptFile> {
  const byId = new Map<string, ParsedConceptFile>();
  for (const entry of parsed) {
    if (!entry.id) continue;
    const first = byId.get(entry.id);
    if (first) {
      for (const [here, there] of [
        [entry, first],
        [first, entry],
      ] as const) {
        problems.push({
          file: here.file,
          line: here.idLine,
          code: "duplicate-id",
          message: `id "${entry.id}" is also used by ${there.file}:${there.idLine}`,
          hint: "every concept needs its own id: merge the two files or rename one id",
        });
      }
      continue;
    }
    byId.set(entry.id, entry);
  }
  const aliasOwner = new Map<string, ParsedConceptFile>();
  for (const entry of parsed) {
    for (const [alias, line] of Object.entries(entry.aliasLines)) {
      const clashId = byId.get(alias);
      const clashAlias = aliasOwner.get(alias);
      if (clashId) {
        problems.push({
          file: entry.file,
          line,
          code: "duplicate-alias",
          message: `alias "${alias}" is already the id of ${clashId.file}`,
          hint: "an alias is an old id that redirects here; it cannot be a current id",
        });
      } else if (clashAlias && clashAlias !== entry) {
        problems.push({
          file: entry.file,
          line,
          code: "duplicate-alias",
          message: `alias "${alias}" is also an alias in ${clashAlias.file}:${clashAlias.aliasLines[alias]}`,
          hint: "an alias can redirect to one concept only; remove it from one of the two files",
        });
      } else {
        aliasOwner.set(alias, entry);
      }
    }
  }
  return byId;
}

function checkRelations(byId: Map<string, ParsedConceptFile>, problems: ContentProblem[]) {
  const ids = [...byId.keys()];
  const degree = new Map<string, number>(ids.map((id) => [id, 0]));
  const adjacency = new Map<
    RelationType | "learning-order",
    Map<string, { target: string; line: number; file: string }[]>
  >();
  for (const entry of byId.values()) {
    if (!entry.id) continue;
    const seen = new Set<string>();
    for (const site of entry.relationSites) {
      if (!Object.hasOwn(RELATION_TYPES, site.type)) continue; // reported by the schema
      const type = site.type as RelationType;
      if (seen.has(`${type}|${site.target}`)) {
        problems.push({
          file: entry.file,
          line: site.line,
          code: "duplicate-relation",
          message: `${type} → "${site.target}" is listed twice`,
          hint: "list each target once per relation type",
        });
        continue;
      }
      seen.add(`${type}|${site.target}`);
      if (site.target === entry.id) {
        problems.push({
          file: entry.file,
          line: site.line,
          code: "self-relation",
          message: `"${entry.id}" relates to itself (${type})`,
          hint: "remove the relation; a concept cannot relate to itself",
        });
        continue;
      }
      if (!byId.has(site.target)) {
        const suggestions = closestIds(site.target, ids);
        problems.push({
          file: entry.file,
          line: site.line,
          code: "dangling-target",
          message: `${type} target "${site.target}" is not a concept id`,
          hint:
            suggestions.length > 0
              ? `did you mean ${suggestions.map((id) => `"${id}"`).join(", ")}? (or add ${site.target}.md)`
              : `add a concept file "${site.target}.md" or fix the id`,
        });
        continue;
      }
      degree.set(entry.id, (degree.get(entry.id) ?? 0) + 1);
      degree.set(site.target, (degree.get(site.target) ?? 0) + 1);
      const keys: (RelationType | "learning-order")[] = [type];
      if (LEARNING_ORDER_RELATION_TYPES.includes(type)) keys.push("learning-order");
      for (const key of keys) {
        const map = adjacency.get(key) ?? new Map();
        adjacency.set(key, map);
        const list = map.get(entry.id) ?? [];
        list.push({ target: site.target, line: site.line, file: entry.file });
        map.set(entry.id, list);
      }
    }
    for (const link of entry.conceptLinks) {
      if (byId.has(link.target)) continue;
      const suggestions = closestIds(link.target, ids);
      problems.push({
        file: entry.file,
        line: link.line,
        code: "dangling-target",
        message: `body links to "${link.target}", which is not a concept id`,
        hint:
          suggestions.length > 0
            ? `did you mean ${suggestions.map((id) => `"${id}"`).join(", ")}? A link target without "/" or ":" is read as a concept id`
            : "link to a concept by its id, e.g. [파드](pod), or use a full https:// URL",
      });
    }
    const concept = entry.concept;
    if (concept) {
      if (concept.kind === "event" && !concept.date) {
        problems.push({
          file: entry.file,
          line: entry.idLine,
          code: "event-date",
          message: `event "${concept.id}" has no date`,
          hint: "add `date: YYYY-MM-DD` (or YYYY-MM / YYYY) from an official release note or announcement",
        });
      }
      if (concept.kind !== "event" && concept.date) {
        problems.push({
          file: entry.file,
          line: entry.idLine,
          code: "event-date",
          message: `"${concept.id}" has a date but is a ${concept.kind}`,
          hint: "only concepts of kind `event` carry a date; model the moment as its own event concept",
        });
      }
      if (concept.status !== "current" && !concept.relations["replaced-by"]) {
        problems.push({
          file: entry.file,
          line: entry.idLine,
          code: "status-replacement",
          message: `"${concept.id}" is ${concept.status} but says nothing replaced it`,
          hint: "add `relations: { replaced-by: [<id>] }` naming what to use instead",
        });
      }
    }
  }
  for (const type of [...ACYCLIC_RELATION_TYPES, "learning-order" as const]) {
    const map = adjacency.get(type);
    if (map) reportCycles(type, map, problems);
  }
  if (byId.size > 1) {
    for (const [id, count] of degree) {
      if (count > 0) continue;
      const entry = byId.get(id);
      if (entry)
        problems.push({
          file: entry.file,
          line: entry.idLine,
          code: "orphan",
          message: `"${id}" has no relation to or from any other concept`,
          hint: "add at least one relation (is-a, part-of, uses, prerequisite, …) so a learner can reach it",
        });
    }
  }
}

function reportCycles(
  type: RelationType | "learning-order",
  adjacency: Map<string, { target: string; line: number; file: string }[]>,
  problems: ContentProblem[],
) {
  const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
  const reported = new Set<string>();
  for (const start of [...adjacency.keys()].sort()) {
    if (state.has(start)) continue;
    // Iterative DFS so deep part-of chains cannot overflow the stack.
    const stack: { id: string; next: number }[] = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1] as { id: string; next: number };
      const edges = adjacency.get(frame.id) ?? [];
      const edge = edges[frame.next++];
      if (!edge) {
        state.set(frame.id, 2);
        stack.pop();
        continue;
      }
      const seen = state.get(edge.target);
      if (seen === undefined) {
        state.set(edge.target, 1);
        stack.push({ id: edge.target, next: 0 });
      } else if (seen === 1) {
        const from = stack.findIndex((f) => f.id === edge.target);
        const cycle = [...stack.slice(from).map((f) => f.id), edge.target];
        const key = [...cycle.slice(0, -1)].sort().join(",");
        if (reported.has(key)) continue;
        reported.add(key);
        const label = type === "learning-order" ? "is-a/part-of/prerequisite together" : type;
        problems.push({
          file: edge.file,
          line: edge.line,
          code: "cycle",
          message: `cycle in ${label}: ${cycle.join(" → ")}`,
          hint: `${type === "learning-order" ? "these relations set the study order, which" : `"${type}"`} must not loop; remove or reverse one of these relations`,
        });
      }
    }
  }
}
