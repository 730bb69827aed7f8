/**
 * The viewer: header (search, filters, language), the graph canvas with its legend, and the side panel.
 * All state that makes a view lives in the URL (see view-state.ts); this component wires data to it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  ApiError,
  arrivedGraph,
  arrivedSchema,
  fetchConcept,
  fetchGraph,
  fetchLearningPath,
  fetchPath,
  fetchSchema,
  type GraphData,
} from "./api/client";
import { ConceptPanel } from "./components/concept-panel";
import { FiltersPanel } from "./components/filters-panel";
import { loadMarkdownBody } from "./components/lazy-markdown-body";
import { Legend } from "./components/legend";
import { NotFound } from "./components/not-found";
import { SearchBox } from "./components/search-box";
import { Welcome } from "./components/welcome";
import { type BuiltViewGraph, buildViewGraph, namesOf } from "./graph/build-view-graph";
import { computeFocus } from "./graph/compute-focus";
import { GraphCanvas, type GraphCanvasHandle } from "./graph/graph-canvas";
import { useResource } from "./hooks/use-resource";
import { useTheme } from "./hooks/use-theme";
import { MESSAGES } from "./i18n/messages";
import { useViewState } from "./state/use-view-state";
import { countFilters, type Depth, type Filters, formatViewState, type ViewState } from "./state/view-state";

const FILTERS_ID = "filters-panel";

/** The graph as last loaded: the data, the graph built from it and its names in the data's language. */
interface LoadedGraph {
  data: GraphData;
  built: BuiltViewGraph;
  labels: Map<string, string>;
}

const NO_LABELS = new Map<string, string>();

export function App() {
  const [view, navigate] = useViewState();
  const { lang } = view;
  const t = MESSAGES[lang];
  const theme = useTheme();
  const [attempt, setAttempt] = useState(0);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const canvasRef = useRef<GraphCanvasHandle>(null);
  const panelRef = useRef<HTMLElement>(null);

  // The first view's graph and schema were requested before React loaded (main.tsx); when they have already
  // arrived, the first render draws the graph.
  const schema = useResource(`schema:${attempt}`, (signal) => fetchSchema(signal), arrivedSchema);
  const graphData = useResource(
    `graph:${lang}:${attempt}`,
    (signal) => fetchGraph(lang, signal),
    () => arrivedGraph(lang),
  );
  const [loaded, setLoaded] = useState<LoadedGraph>();
  // Derived while rendering (React's "adjusting state when a prop changes"), not in an effect: the render that
  // receives the data already mounts the canvas, one commit and one frame sooner.
  if (graphData.status === "ready" && graphData.data !== loaded?.data) {
    const data = graphData.data;
    const current = loaded?.built;
    // Switching language only changes names: keep the same graph (and camera) when the structure is the same.
    const same =
      current && current.graph.order === data.nodes.length && current.graph.size === data.edges.length;
    setLoaded({ data, built: same ? current : buildViewGraph(data), labels: namesOf(data) });
  }
  const built = loaded?.built;
  const labels = loaded?.labels ?? NO_LABELS;
  const loadedData = loaded?.data;

  const concept = useResource(view.conceptId ? `${lang}:${view.conceptId}:${attempt}` : undefined, (signal) =>
    fetchConcept(view.conceptId as string, lang, signal),
  );
  const canonicalId = concept.status === "ready" ? concept.data.id : undefined;
  const learningPath = useResource(canonicalId ? `${lang}:${canonicalId}` : undefined, (signal) =>
    fetchLearningPath(canonicalId as string, lang, signal),
  );
  const pathTo = canonicalId ? view.pathTo : undefined;
  const path = useResource(canonicalId && pathTo ? `${lang}:${canonicalId}>${pathTo}` : undefined, (signal) =>
    fetchPath(canonicalId as string, pathTo as string, lang, signal),
  );
  // The name in the other language, for the panel's subtitle (a cheap, cached request).
  const otherLang = lang === "ko" ? "en" : "ko";
  const other = useResource(canonicalId ? `${otherLang}:${canonicalId}` : undefined, (signal) =>
    fetchConcept(canonicalId as string, otherLang, signal),
  );

  // An alias in the URL (`/concept/master`) becomes the canonical id, without a new history entry.
  useEffect(() => {
    if (canonicalId && view.conceptId && canonicalId !== view.conceptId) {
      navigate({ ...view, conceptId: canonicalId }, { replace: true });
    }
  }, [canonicalId, view, navigate]);

  // The panel's Markdown renderer is a chunk of its own: fetch it alongside the first concept, not after it.
  // A failure is the panel's to show (it falls back to plain text).
  useEffect(() => {
    if (view.conceptId) loadMarkdownBody().catch(() => {});
  }, [view.conceptId]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.title = concept.status === "ready" ? `${concept.data.name} · kubenotes` : "kubenotes";
  }, [concept]);

  // A new concept: the panel starts at its top, and keyboard users land on its title.
  useEffect(() => {
    if (!canonicalId) return;
    panelRef.current?.scrollTo({ top: 0 });
    panelRef.current?.querySelector<HTMLElement>("#concept-title")?.focus({ preventScroll: true });
  }, [canonicalId]);

  const pathData = useMemo(
    () =>
      path.status === "ready"
        ? { nodes: path.data.nodes.map((node) => node.id), edges: path.data.edges }
        : undefined,
    [path],
  );
  const focus = useMemo(
    () =>
      built
        ? computeFocus(built.graph, {
            selected: canonicalId,
            depth: view.depth,
            filters: view.filters,
            path: pathData,
          })
        : undefined,
    [built, canonicalId, view.depth, view.filters, pathData],
  );

  const nameOf = useCallback((id: string) => labels.get(id), [labels]);
  const kindOf = useCallback(
    (id: string) => (built?.graph.hasNode(id) ? built.graph.getNodeAttribute(id, "kind") : undefined),
    [built],
  );
  const kindLabel = (kind: string) =>
    (schema.status === "ready" ? schema.data.kinds[kind as never]?.[lang] : undefined) ?? kind;

  const go = useCallback(
    (next: Partial<ViewState>, replace = false) => navigate({ ...view, ...next }, { replace }),
    [navigate, view],
  );
  const select = useCallback((id: string) => go({ conceptId: id, pathTo: undefined }), [go]);
  const hrefFor = useCallback(
    (id: string) => formatViewState({ ...view, conceptId: id, pathTo: undefined }),
    [view],
  );
  const setFilters = (filters: Filters) => go({ filters }, true);

  // Keyboard: `/` focuses the search, Escape closes the filters, then the path, then the selection.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable='true']");
      if (event.key === "/" && !typing && !event.metaKey && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        searchRef.current?.focus();
      } else if (event.key === "Escape" && !event.defaultPrevented) {
        if (typing) (target as HTMLElement).blur();
        if (filtersOpen) setFiltersOpen(false);
        else if (view.pathTo) go({ pathTo: undefined });
        else if (view.conceptId) go({ conceptId: undefined, pathTo: undefined, depth: 1 });
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [filtersOpen, view, go]);

  const present = useMemo(() => {
    const sets = {
      kinds: new Set<string>(),
      tags: new Set<string>(),
      levels: new Set<string>(),
      relations: new Set<string>(),
    };
    for (const node of loadedData?.nodes ?? []) {
      sets.kinds.add(node.kind);
      sets.levels.add(node.level);
      for (const tag of node.tags ?? []) sets.tags.add(tag);
    }
    for (const edge of loadedData?.edges ?? []) sets.relations.add(edge.type);
    return sets;
  }, [loadedData]);

  const starters = useMemo(() => {
    if (!built || !loadedData) return [];
    // Ties by id in code-unit order: ids are kebab-case ASCII, where that is the collation order too, and it
    // spares the first render starting up the locale collator (`localeCompare`, ~10 ms here).
    const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return loadedData.nodes
      .filter((node) => node.level === "fundamental")
      .sort((a, b) => (built.degree.get(b.id) ?? 0) - (built.degree.get(a.id) ?? 0) || byId(a.id, b.id))
      .slice(0, 6)
      .map((node) => node.id);
  }, [built, loadedData]);

  const failed = schema.status === "error" || (graphData.status === "error" && !built);
  const ready = schema.status === "ready" && built && focus;
  const activeFilters = countFilters(view.filters);

  return (
    <div className={`app ${view.conceptId ? "has-selection" : ""}`}>
      <a className="skip-link" href="#panel">
        {t.skipToPanel}
      </a>
      <header className="topbar">
        <a
          className="brand"
          href={formatViewState({ ...view, conceptId: undefined, pathTo: undefined, depth: 1 })}
          onClick={(event) => {
            event.preventDefault();
            go({ conceptId: undefined, pathTo: undefined, depth: 1 });
            canvasRef.current?.reset();
          }}
        >
          <svg className="brand-logo" viewBox="0 0 32 32" aria-hidden="true">
            <circle cx="16" cy="16" r="14" fill="currentColor" opacity="0.14" />
            <circle cx="16" cy="9" r="3.2" fill="#4e79a7" />
            <circle cx="9" cy="20" r="3.2" fill="#3b9e94" />
            <circle cx="23" cy="20" r="3.2" fill="#f28e2b" />
            <path d="M16 9L9 20M16 9l7 11M9 20h14" stroke="currentColor" strokeWidth="1.4" opacity="0.55" />
          </svg>
          <span className="brand-text">
            <span className="brand-name">{t.appName}</span>
            <span className="brand-tagline">{t.tagline}</span>
          </span>
        </a>
        <SearchBox
          className="search-main"
          inputRef={searchRef}
          lang={lang}
          messages={t}
          label={t.searchLabel}
          placeholder={t.searchPlaceholder}
          onPick={select}
          nameOf={nameOf}
          kindOf={kindOf}
          kindLabel={kindLabel}
          shortcut="/"
        />
        <div className="topbar-actions">
          <button
            type="button"
            className={`button ${filtersOpen ? "button-on" : ""}`}
            aria-expanded={filtersOpen}
            aria-controls={FILTERS_ID}
            onClick={() => setFiltersOpen((open) => !open)}
          >
            <svg viewBox="0 0 20 20" aria-hidden="true" className="button-icon">
              <path d="M3 5h14M6 10h8M8.5 15h3" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="button-text">{t.filters}</span>
            {activeFilters > 0 ? <span className="count-badge">{activeFilters}</span> : null}
          </button>
          <fieldset className="lang-switch">
            <legend className="visually-hidden">{t.languageLabel}</legend>
            {(["ko", "en"] as const).map((code) => (
              <button
                key={code}
                type="button"
                lang={code}
                aria-pressed={lang === code}
                className={lang === code ? "active" : ""}
                onClick={() => go({ lang: code }, true)}
              >
                {code === "ko" ? "한국어" : "English"}
              </button>
            ))}
          </fieldset>
        </div>
      </header>

      <main className="workspace">
        <section className="canvas-area" aria-label={t.legend}>
          {ready ? (
            <GraphCanvas
              ref={canvasRef}
              graph={built.graph}
              degree={built.degree}
              labels={labels}
              focus={focus}
              selected={canonicalId}
              theme={theme}
              onSelect={select}
              description={`${t.tagline}: ${t.nodesShown(focus.visibleCount, built.graph.order)}`}
            />
          ) : null}
          {!ready && !failed ? <div className="canvas-message">{t.loadingGraph}</div> : null}
          {failed ? (
            <div className="canvas-message" role="alert">
              <p>{t.graphError}</p>
              <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
                {t.retry}
              </button>
            </div>
          ) : null}
          {ready ? (
            <div className="canvas-overlay">
              <div className="node-count" data-testid="node-count" aria-live="polite">
                {t.nodesShown(focus.visibleCount, built.graph.order)}
              </div>
              <Legend
                lang={lang}
                messages={t}
                schema={schema.data}
                kinds={present.kinds}
                selectedKinds={view.filters.kinds}
                onToggleKind={(kind) =>
                  setFilters({
                    ...view.filters,
                    kinds: view.filters.kinds.includes(kind)
                      ? view.filters.kinds.filter((item) => item !== kind)
                      : [...view.filters.kinds, kind].sort(),
                  })
                }
              />
              <div className="zoom-controls">
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => canvasRef.current?.zoomIn()}
                  aria-label={t.zoomIn}
                >
                  +
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => canvasRef.current?.zoomOut()}
                  aria-label={t.zoomOut}
                >
                  −
                </button>
                <button
                  type="button"
                  className="icon-button"
                  onClick={() => canvasRef.current?.reset()}
                  aria-label={t.zoomReset}
                >
                  ⤢
                </button>
              </div>
            </div>
          ) : null}
          {filtersOpen && schema.status === "ready" ? (
            <FiltersPanel
              id={FILTERS_ID}
              lang={lang}
              messages={t}
              schema={schema.data}
              filters={view.filters}
              present={present}
              onChange={setFilters}
              onClose={() => setFiltersOpen(false)}
            />
          ) : null}
        </section>

        <aside
          id="panel"
          className="panel"
          ref={panelRef}
          aria-label={t.body}
          aria-busy={concept.status === "loading"}
        >
          {!view.conceptId ? (
            <Welcome
              messages={t}
              starters={starters}
              hrefFor={hrefFor}
              onSelect={select}
              nameOf={nameOf}
              kindOf={kindOf}
            />
          ) : null}
          {view.conceptId && concept.status === "loading" ? (
            <p className="panel-loading">{t.loadingConcept}</p>
          ) : null}
          {view.conceptId && concept.status === "error" ? (
            concept.error instanceof ApiError && concept.error.status === 404 ? (
              <NotFound
                id={view.conceptId}
                lang={lang}
                messages={t}
                suggestions={concept.error.suggestions}
                hrefFor={hrefFor}
                onSelect={select}
                nameOf={nameOf}
                kindOf={kindOf}
              />
            ) : (
              <div className="not-found" role="alert">
                <p>{t.graphError}</p>
                <button type="button" className="button" onClick={() => setAttempt((value) => value + 1)}>
                  {t.retry}
                </button>
              </div>
            )
          ) : null}
          {concept.status === "ready" && schema.status === "ready" ? (
            <>
              <button
                type="button"
                className="icon-button panel-close"
                aria-label={t.closePanel}
                onClick={() => go({ conceptId: undefined, pathTo: undefined, depth: 1 })}
              >
                ✕
              </button>
              <ConceptPanel
                concept={concept.data}
                otherName={other.status === "ready" ? other.data.name : undefined}
                learningPath={learningPath}
                lang={lang}
                messages={t}
                schema={schema.data}
                hrefFor={hrefFor}
                onSelect={select}
                nameOf={nameOf}
                kindOf={kindOf}
                depth={view.depth}
                onDepth={(depth: Depth) => go({ depth }, true)}
                pathTo={pathTo}
                path={path}
                onPathTo={(id) => go({ pathTo: id })}
              />
            </>
          ) : null}
        </aside>
      </main>
    </div>
  );
}
