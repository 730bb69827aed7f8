/** The typed knowledge graph: graphology generics threaded with concept, relation and graph attributes. */
import type { MultiDirectedGraph } from "graphology";
import type { Concept } from "../model/concept-schema.js";
import type { RelationType } from "../model/relations.js";

/** Node attributes are the concept itself: meaning only, no colour or position (layout is separate). */
export type ConceptAttributes = Concept;

export interface RelationAttributes {
  type: RelationType;
}

export interface KnowledgeGraphAttributes {
  /** Old id → current id, from each concept's `aliases`. */
  aliases: Record<string, string>;
  /** Normalised name or aka, in either language → id (see normalizeName). */
  names: Record<string, string>;
}

export type KnowledgeGraph = MultiDirectedGraph<
  ConceptAttributes,
  RelationAttributes,
  KnowledgeGraphAttributes
>;

/** An edge as queries return it. */
export interface RelationEdge {
  source: string;
  target: string;
  type: RelationType;
}

/** Stable edge key: one edge per (source, type, target). */
export function edgeKey(source: string, type: RelationType, target: string): string {
  return `${source}|${type}|${target}`;
}
