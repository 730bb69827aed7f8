/**
 * What to learn before a concept, in a valid study order: everything reachable through the learning-order
 * relations (prerequisite, is-a, part-of), each listed after everything it itself depends on.
 */
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { LEARNING_ORDER_RELATION_TYPES, type RelationType } from "../model/relations.js";

const ORDER_TYPES = new Set<RelationType>(LEARNING_ORDER_RELATION_TYPES);

/**
 * @param id canonical id
 * @returns ids to study first, foundations first; excludes `id` itself. Ties break by id, so the order is stable.
 */
export function learningPath(graph: KnowledgeGraph, id: string): string[] {
  const order: string[] = [];
  const done = new Set<string>([id]);
  const dependencies = (node: string) => {
    const targets = new Set<string>();
    graph.forEachOutEdge(node, (_key, { type }, _source, target) => {
      if (ORDER_TYPES.has(type)) targets.add(target);
    });
    return [...targets].sort();
  };
  // Iterative post-order DFS; validation guarantees these relations have no cycle.
  const stack: { node: string; rest: string[] }[] = [{ node: id, rest: dependencies(id) }];
  const onStack = new Set<string>([id]);
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as { node: string; rest: string[] };
    const next = frame.rest.shift();
    if (next === undefined) {
      stack.pop();
      onStack.delete(frame.node);
      if (frame.node !== id) order.push(frame.node);
      continue;
    }
    if (done.has(next) || onStack.has(next)) continue;
    done.add(next);
    onStack.add(next);
    stack.push({ node: next, rest: dependencies(next) });
  }
  return order;
}
