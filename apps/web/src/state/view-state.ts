/**
 * The view is the URL: `/concept/<id>?lang=en&depth=2&path=<to>&kind=a,b&tag=…&level=…&rel=…`.
 * Pure parse/format, so reload, deep links and the back button all restore the same view.
 */
import type { Language } from "@kubenotes/core";

export type Depth = 1 | 2 | 3;

export interface Filters {
  /** Each list keeps only the concepts (or relations) it names; an empty list filters nothing. */
  kinds: string[];
  tags: string[];
  levels: string[];
  relations: string[];
}

export interface ViewState {
  /** Selected concept (as written in the URL: an alias stays an alias until the API resolves it). */
  conceptId?: string;
  lang: Language;
  /** Neighborhood depth highlighted around the selection, 1 to 3 (default 1). */
  depth: Depth;
  /** Destination of a highlighted path from the selected concept. */
  pathTo?: string;
  filters: Filters;
}

export const EMPTY_FILTERS: Filters = { kinds: [], tags: [], levels: [], relations: [] };

const FILTER_PARAMS = {
  kinds: "kind",
  tags: "tag",
  levels: "level",
  relations: "rel",
} as const satisfies Record<keyof Filters, string>;

/** Ids, kinds, tags and relation types are kebab-case ASCII; anything else in the URL is ignored. */
const TOKEN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function list(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((value) => value.split(","));
  return [...new Set(values.map((value) => value.trim()).filter((value) => TOKEN.test(value)))].sort();
}

function decodeSegment(segment: string): string | undefined {
  try {
    const value = decodeURIComponent(segment).trim();
    return value.length > 0 && value.length <= 200 ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param pathname e.g. `/concept/kube-apiserver`
 * @param search e.g. `?lang=en&depth=2`
 * @param fallbackLang the language when the URL names none (the remembered choice)
 */
export function parseViewState(pathname: string, search: string, fallbackLang: Language): ViewState {
  const params = new URLSearchParams(search);
  const match = /^\/concept\/([^/]+)\/?$/.exec(pathname);
  const conceptId = match?.[1] ? decodeSegment(match[1]) : undefined;
  const langParam = params.get("lang");
  const lang: Language = langParam === "ko" || langParam === "en" ? langParam : fallbackLang;
  const depthParam = Number(params.get("depth"));
  const depth: Depth = depthParam === 2 || depthParam === 3 ? depthParam : 1;
  const pathParam = params.get("path");
  const pathTo = pathParam ? decodeSegment(pathParam) : undefined;
  const filters: Filters = {
    kinds: list(params, FILTER_PARAMS.kinds),
    tags: list(params, FILTER_PARAMS.tags),
    levels: list(params, FILTER_PARAMS.levels),
    relations: list(params, FILTER_PARAMS.relations),
  };
  return { conceptId, lang, depth, pathTo: conceptId ? pathTo : undefined, filters };
}

/** The URL (path + query) of a view. Defaults are left out, so equal views have equal URLs. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  params.set("lang", state.lang);
  if (state.conceptId && state.depth !== 1) params.set("depth", String(state.depth));
  if (state.conceptId && state.pathTo) params.set("path", state.pathTo);
  for (const key of Object.keys(FILTER_PARAMS) as (keyof Filters)[]) {
    const values = [...new Set(state.filters[key])].sort();
    if (values.length > 0) params.set(FILTER_PARAMS[key], values.join(","));
  }
  const path = state.conceptId ? `/concept/${encodeURIComponent(state.conceptId)}` : "/";
  return `${path}?${params.toString().replace(/%2C/g, ",")}`;
}

export function countFilters(filters: Filters): number {
  return filters.kinds.length + filters.tags.length + filters.levels.length + filters.relations.length;
}
