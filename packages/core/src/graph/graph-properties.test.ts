/** Property tests: invariants of any valid content, not just the fixtures. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ContentFile, validateContent } from "../content/validate-content.js";
import { NoPathError } from "../errors.js";
import {
  LEARNING_ORDER_RELATION_TYPES,
  RELATION_TYPE_IDS,
  RELATION_TYPES,
  type RelationType,
} from "../model/relations.js";
import { conceptRelations } from "../queries/concept-relations.js";
import { learningPath } from "../queries/learning-path.js";
import { shortestPath } from "../queries/shortest-path.js";
import { createSearchIndex } from "../search/create-search-index.js";
import { searchConcepts } from "../search/search-concepts.js";
import { buildGraph } from "./build-graph.js";
import type { KnowledgeGraph } from "./knowledge-graph.js";

const ACYCLIC = new Set<RelationType>(
  RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].acyclic || RELATION_TYPES[type].learningOrder),
);

/** Random valid content: acyclic relation types only point from a higher index to a lower one. */
const contentArbitrary = fc
  .integer({ min: 2, max: 25 })
  .chain((count) =>
    fc.tuple(
      fc.constant(count),
      fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1), fc.constantFrom(...RELATION_TYPE_IDS)), {
        maxLength: count * 3,
      }),
    ),
  )
  .map(([count, rawEdges]) => {
    const relations: Map<RelationType, Set<number>>[] = Array.from({ length: count }, () => new Map());
    const add = (from: number, to: number, type: RelationType) => {
      const set = relations[from]?.get(type) ?? new Set<number>();
      set.add(to);
      relations[from]?.set(type, set);
    };
    for (const [a, b, type] of rawEdges) {
      if (a === b) continue;
      if (ACYCLIC.has(type)) add(Math.max(a, b), Math.min(a, b), type);
      else add(a, b, type);
    }
    // No orphans: chain every concept to the previous one.
    for (let index = 1; index < count; index++) add(index, index - 1, "related-to");
    return relations.map((byType, index): ContentFile => {
      const lines = Object.entries(Object.fromEntries(byType)).map(
        ([type, targets]) => `  ${type}: [${[...targets].map((target) => `c${target}`).join(", ")}]`,
      );
      return {
        file: `c${index}.md`,
        text: [
          "---",
          `id: c${index}`,
          "kind: concept",
          `name: { ko: 개념${index}, en: Concept ${index} }`,
          `summary: { ko: 개념 ${index}이다., en: Concept number ${index}. }`,
          "tags: [kubernetes]",
          "level: fundamental",
          ...(lines.length > 0 ? ["relations:", ...lines] : []),
          "sources:",
          "  - { title: Docs, url: https://kubernetes.io/docs/ }",
          "---",
          "# ko",
          "",
          `개념 ${index}의 본문.`,
          "",
          "# en",
          "",
          `Body of concept ${index}.`,
        ].join("\n"),
      };
    });
  });

describe("graph invariants", () => {
  it("random acyclic content validates, and every edge is visible from both ends with both labels", () => {
    fc.assert(
      fc.property(contentArbitrary, (files) => {
        const { concepts, problems } = validateContent(files);
        expect(problems).toEqual([]);
        const graph = buildGraph(concepts);
        graph.forEachEdge((_key, { type }, source, target) => {
          const edge = { source, target, type };
          expect(conceptRelations(graph, source).outgoing).toContainEqual(edge);
          expect(conceptRelations(graph, target).incoming).toContainEqual(edge);
          expect(RELATION_TYPES[type].inverse.ko.length).toBeGreaterThan(0);
          expect(RELATION_TYPES[type].inverse.en.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("learning paths list every dependency before what depends on it", () => {
    const orderTypes = new Set<RelationType>(LEARNING_ORDER_RELATION_TYPES);
    fc.assert(
      fc.property(contentArbitrary, (files) => {
        const graph = buildGraph(validateContent(files).concepts);
        graph.forEachNode((id) => {
          const order = [...learningPath(graph, id), id];
          const position = new Map(order.map((node, index) => [node, index]));
          expect(position.size).toBe(order.length);
          for (const node of order) {
            graph.forEachOutEdge(node, (_key, { type }, _source, target) => {
              if (!orderTypes.has(type)) return;
              expect(position.has(target)).toBe(true);
              expect(position.get(target) as number).toBeLessThan(position.get(node) as number);
            });
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it("shortest paths are real paths of the minimal length, in both directions and under a relation filter", () => {
    /** Plain BFS distance over the same rules, as the reference. */
    const distance = (
      graph: KnowledgeGraph,
      from: string,
      to: string,
      out: boolean,
      into: boolean,
      types?: Set<RelationType>,
    ) => {
      const seen = new Map([[from, 0]]);
      const queue = [from];
      while (queue.length > 0) {
        const node = queue.shift() as string;
        const next = (other: string, type: RelationType) => {
          if ((types && !types.has(type)) || seen.has(other)) return;
          seen.set(other, (seen.get(node) ?? 0) + 1);
          queue.push(other);
        };
        if (out) graph.forEachOutEdge(node, (_k, { type }, _s, target) => next(target, type));
        if (into) graph.forEachInEdge(node, (_k, { type }, source) => next(source, type));
      }
      return seen.get(to);
    };
    fc.assert(
      fc.property(
        contentArbitrary,
        fc.nat(),
        fc.nat(),
        fc.constantFrom("out", "both", "in"),
        fc.boolean(),
        (files, a, b, direction, filtered) => {
          const graph = buildGraph(validateContent(files).concepts);
          const ids = graph.nodes();
          const from = ids[a % ids.length] as string;
          const to = ids[b % ids.length] as string;
          const relations: RelationType[] | undefined = filtered ? ["part-of", "is-a", "uses"] : undefined;
          const expected = distance(
            graph,
            from,
            to,
            direction !== "in",
            direction !== "out",
            relations && new Set(relations),
          );
          let path: ReturnType<typeof shortestPath> | undefined;
          try {
            path = shortestPath(graph, from, to, { direction, ...(relations ? { relations } : {}) });
          } catch (error) {
            expect(error).toBeInstanceOf(NoPathError);
          }
          expect(path?.edges.length).toBe(expected);
          if (!path) return;
          expect(path.nodes[0]).toBe(from);
          expect(path.nodes.at(-1)).toBe(to);
          path.edges.forEach((edge, index) => {
            const pair = new Set([path.nodes[index], path.nodes[index + 1]]);
            expect(pair).toEqual(new Set([edge.source, edge.target]));
            expect(graph.hasEdge(`${edge.source}|${edge.type}|${edge.target}`)).toBe(true);
            if (relations) expect(relations).toContain(edge.type);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("search never throws on arbitrary strings", () => {
    const graph = buildGraph(
      validateContent(fc.sample(contentArbitrary, { numRuns: 1, seed: 7 })[0] ?? []).concepts,
    );
    const index = createSearchIndex(graph);
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }), fc.string()),
        (query) => {
          const hits = searchConcepts(graph, index, query);
          expect(Array.isArray(hits)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
