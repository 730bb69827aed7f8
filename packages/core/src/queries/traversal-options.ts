/** Options shared by the traversals (neighbors, shortest path), checked once at their entry. */
import { InvalidArgumentError } from "../errors.js";
import { isRelationType, type RelationType } from "../model/relations.js";

export type Direction = "out" | "in" | "both";
export const DIRECTIONS: readonly Direction[] = ["out", "in", "both"];

export interface TraversalOptions {
  /** Follow only these relation types (default: all types). */
  relations?: readonly RelationType[];
  /** Follow edges from source to target (`out`), backwards (`in`), or both ways (default `both`). */
  direction?: Direction;
}

export interface CheckedTraversal {
  accepts: (type: RelationType) => boolean;
  /** True when every relation type is followed (no filter), so neighbour iteration is enough. */
  all: boolean;
  out: boolean;
  in: boolean;
}

export function checkTraversal(caller: string, options: TraversalOptions): CheckedTraversal {
  const direction = options.direction ?? "both";
  if (!DIRECTIONS.includes(direction)) {
    throw new InvalidArgumentError(
      `${caller}: direction`,
      `expecting one of ${DIRECTIONS.join(", ")}, got ${String(direction)}`,
    );
  }
  const relations = options.relations;
  if (relations) {
    for (const type of relations) {
      if (!isRelationType(type))
        throw new InvalidArgumentError(`${caller}: relations`, `unknown relation type ${String(type)}`);
    }
  }
  const allowed = relations && relations.length > 0 ? new Set<RelationType>(relations) : undefined;
  return {
    accepts: allowed ? (type) => allowed.has(type) : () => true,
    all: allowed === undefined,
    out: direction !== "in",
    in: direction !== "out",
  };
}
