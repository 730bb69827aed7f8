/**
 * The viewer's whole data layer: typed calls to the REST API (`/api/v1`). Nothing else in the viewer calls
 * `fetch`. Types say what the viewer relies on; the vocabularies (kinds, tags, …) come from core as types only,
 * so no server code reaches the browser bundle.
 */
import type { Kind, Label, Language, Level, RelationType, Source, Status, Tag } from "@kubenotes/core";
import { API_BASE } from "../config";

/** One node of `GET /graph?format=json`: what the canvas needs, placed by the precomputed layout. */
export interface GraphNode {
  id: string;
  kind: Kind;
  name: string;
  level: Level;
  tags: Tag[];
  x: number;
  y: number;
  /** Relations in and out. */
  degree: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  type: RelationType;
}

export interface GraphData {
  contentHash: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface OutgoingRelation {
  type: RelationType;
  /** How it reads from this concept: "<this> <label> <target>". */
  label: string;
  target: string;
  targetName: string;
}

export interface IncomingRelation {
  type: RelationType;
  /** The inverse label: "<this> <label> <source>". */
  label: string;
  source: string;
  sourceName: string;
}

/** A tag with its label in the asked language. */
export interface TagRef {
  id: Tag;
  label: string;
}

/** `GET /concepts/{id}?lang=`: one concept, its text in the asked language. */
export interface ConceptDetail {
  id: string;
  kind: Kind;
  name: string;
  aka: string[];
  aliases: string[];
  summary: string;
  /** Markdown (CommonMark + GFM), rendered sanitized. */
  body: string;
  tags: TagRef[];
  level: Level;
  status: Status;
  date?: string;
  sources: Source[];
  relations: { outgoing: OutgoingRelation[]; incoming: IncomingRelation[] };
}

/** A concept in a list (learning path steps). */
export interface ConceptSummary {
  id: string;
  kind: Kind;
  name: string;
  summary: string;
  level: Level;
  status: Status;
}

/** A concept as a path or neighborhood names it. */
export interface NodeRef {
  id: string;
  kind: Kind;
  name: string;
  level: Level;
}

export interface PathStep {
  source: string;
  target: string;
  type: RelationType;
  /** The relation's label read source → target. */
  label: string;
}

/** `GET /paths`: the concepts from `from` to `to`; `edges[i]` joins `nodes[i]` and `nodes[i+1]`. */
export interface PathData {
  from: string;
  to: string;
  length: number;
  nodes: NodeRef[];
  edges: PathStep[];
}

export interface LearningPathData {
  target: ConceptSummary;
  /** Foundations first. */
  steps: ConceptSummary[];
}

export interface SearchHit {
  id: string;
  kind: Kind;
  name: string;
  summary: string;
  level: Level;
}

/** The vocabularies keyed by id, each with its labels in both languages (from `GET /schema`). */
export interface SchemaData {
  kinds: Record<Kind, Label>;
  relationTypes: Record<RelationType, { label: Label; inverse: Label; symmetric: boolean }>;
  tags: Record<Tag, Label>;
  levels: Record<Level, Label>;
  statuses: Record<Status, Label>;
}

/** `GET /schema` as sent: lists of terms. */
interface SchemaBody {
  kinds: { id: Kind; labels: Label }[];
  relationTypes: { id: RelationType; labels: Label; inverseLabels: Label; symmetric: boolean }[];
  tags: { id: Tag; labels: Label }[];
  levels: { id: Level; labels: Label }[];
  statuses: { id: Status; labels: Label }[];
}

/** RFC 9457 problem details, as the API sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** concept-not-found: closest existing ids, best first. */
  suggestions?: string[];
}

/** A non-2xx answer. Callers switch on `status` (404: not found / no path), never on the text. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  /** Closest existing ids of a 404 (concept-not-found), best first. */
  get suggestions(): string[] {
    return this.problem.suggestions ?? [];
  }
}

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== "") params.set(key, String(value));
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ""}`;
}

async function getJson<T>(path: string, query: Query, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url(path, query), { headers: { accept: "application/json" }, signal });
  if (!response.ok) {
    let problem: Problem = { status: response.status };
    try {
      problem = (await response.json()) as Problem;
    } catch {
      // Not JSON (a proxy error page): keep the status alone.
    }
    throw new ApiError(response.status, problem);
  }
  return (await response.json()) as T;
}

/** A request started before React mounts, and its answer once it has arrived. */
interface Prefetch {
  request: Promise<unknown>;
  arrived?: { data: unknown };
}

/**
 * Requests started before React mounts (see `prefetchFirstView`), by URL. The first load of the same URL takes
 * the request (or its answer, when it has already arrived) instead of sending another; a taken request is gone,
 * so any later load (a retry, a language switched back) asks the API again.
 */
const prefetched = new Map<string, Prefetch>();

function prefetch(path: string, query: Query): void {
  const key = url(path, query);
  if (prefetched.has(key)) return;
  const entry: Prefetch = { request: getJson(path, query) };
  entry.request.then(
    (data) => {
      entry.arrived = { data };
    },
    // The failure is reported to the load that takes the request; until then it is not an unhandled rejection.
    () => {},
  );
  prefetched.set(key, entry);
}

/** `getJson`, answered by the prefetched request for the same URL when there is one. */
async function getJsonOnce<T>(path: string, query: Query, signal?: AbortSignal): Promise<T> {
  const key = url(path, query);
  const entry = prefetched.get(key);
  if (!entry) return getJson(path, query, signal);
  prefetched.delete(key);
  const data = (await entry.request) as T;
  signal?.throwIfAborted();
  return data;
}

/** The prefetched answer for this URL if it has already arrived, taken; otherwise undefined. */
function takeArrived<T>(path: string, query: Query): T | undefined {
  const key = url(path, query);
  const arrived = prefetched.get(key)?.arrived;
  if (!arrived) return undefined;
  prefetched.delete(key);
  return arrived.data as T;
}

const graphQuery = (lang: Language): Query => ({ format: "json", lang });

/**
 * Starts the requests the first drawn graph waits for (the graph in `lang`, and the schema), so they run while
 * the rest of the viewer's JavaScript loads; `fetchGraph` and `fetchSchema` (or `arrivedGraph` and
 * `arrivedSchema`) then take them. Call it once, at start, with the language the first view will have.
 */
export function prefetchFirstView(lang: Language): void {
  prefetch("/graph", graphQuery(lang));
  prefetch("/schema", {});
}

/** The prefetched graph in `lang` if it has already arrived (taken: later calls and loads ask the API). */
export function arrivedGraph(lang: Language): GraphData | undefined {
  return takeArrived("/graph", graphQuery(lang));
}

/** The prefetched schema if it has already arrived (taken: later calls and loads ask the API). */
export function arrivedSchema(): SchemaData | undefined {
  const body = takeArrived<SchemaBody>("/schema", {});
  return body && schemaFromBody(body);
}

const id = (value: string) => encodeURIComponent(value);

export function fetchGraph(lang: Language, signal?: AbortSignal): Promise<GraphData> {
  return getJsonOnce("/graph", graphQuery(lang), signal);
}

export async function fetchSchema(signal?: AbortSignal): Promise<SchemaData> {
  return schemaFromBody(await getJsonOnce<SchemaBody>("/schema", {}, signal));
}

function schemaFromBody(body: SchemaBody): SchemaData {
  const byId = <T extends { id: string }, V>(items: T[], value: (item: T) => V) =>
    Object.fromEntries(items.map((item) => [item.id, value(item)]));
  return {
    kinds: byId(body.kinds, (item) => item.labels),
    relationTypes: byId(body.relationTypes, (item) => ({
      label: item.labels,
      inverse: item.inverseLabels,
      symmetric: item.symmetric,
    })),
    tags: byId(body.tags, (item) => item.labels),
    levels: byId(body.levels, (item) => item.labels),
    statuses: byId(body.statuses, (item) => item.labels),
  } as SchemaData;
}

/** @throws ApiError 404 with `suggestions` for an unknown id; an alias answers with the canonical concept */
export function fetchConcept(
  conceptId: string,
  lang: Language,
  signal?: AbortSignal,
): Promise<ConceptDetail> {
  return getJson(`/concepts/${id(conceptId)}`, { lang }, signal);
}

export function fetchLearningPath(
  conceptId: string,
  lang: Language,
  signal?: AbortSignal,
): Promise<LearningPathData> {
  return getJson(`/learning-path/${id(conceptId)}`, { lang }, signal);
}

/** @throws ApiError 404 when no path joins the two concepts */
export function fetchPath(from: string, to: string, lang: Language, signal?: AbortSignal): Promise<PathData> {
  return getJson("/paths", { from, to, lang }, signal);
}

export async function searchConcepts(
  q: string,
  lang: Language,
  limit: number,
  signal?: AbortSignal,
): Promise<SearchHit[]> {
  const body = await getJson<{ hits: SearchHit[] }>("/search", { q, lang, limit }, signal);
  return body.hits;
}
