/**
 * The WebGL canvas: one sigma renderer per graph, created and killed here. Everything visual (colour, size,
 * label, fade, highlight) is derived by the node and edge reducers from props kept in a ref; the graph is
 * never written to.
 */
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from "react";
import Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { ViewEdge, ViewGraph, ViewNode } from "./build-view-graph";
import { type Focus, stepKey } from "./compute-focus";
import { createLabelDrawers, LabelLayer } from "./draw-labels";
import { CANVAS_COLORS, kindColor, type Theme } from "./palette";

export interface GraphCanvasProps {
  graph: ViewGraph;
  degree: Map<string, number>;
  labels: Map<string, string>;
  focus: Focus;
  selected?: string;
  theme: Theme;
  onSelect: (id: string) => void;
  /** Accessible description of the canvas. */
  description: string;
}

export interface GraphCanvasHandle {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
}

const LABEL_FONT =
  '"Pretendard", "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "NanumGothic", system-ui, -apple-system, "Segoe UI", sans-serif';

/** Above this many relations, edges outside the focus are hidden instead of faded. */
const LARGE_GRAPH_EDGES = 5_000;

/** Drawn radius (px) from the number of relations: hubs stand out, leaves stay visible. */
function nodeSize(degree: number, order: number): number {
  const base = order > 2_000 ? 2 : 4;
  return Math.min(base + 2.2 * Math.sqrt(degree), base * 5);
}

/** What the reducers read that the picture depends on; sigma's last full refresh used these. */
type DrawnWith = Pick<GraphCanvasProps, "focus" | "labels" | "selected" | "theme">;

export const GraphCanvas = forwardRef<GraphCanvasHandle, GraphCanvasProps>(function GraphCanvas(props, ref) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<ViewNode, ViewEdge> | null>(null);
  const latest = useRef(props);
  const hovered = useRef<string | undefined>(undefined);
  const labelLayer = useRef(new LabelLayer(CANVAS_COLORS[props.theme]));
  const drawnWith = useRef<DrawnWith | undefined>(undefined);
  latest.current = props;

  const { graph, theme, selected, focus, labels } = props;

  // A layout effect: sigma draws in the same commit that mounts the container, so the first frame the browser
  // paints after the data arrives already holds the graph.
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const colors = CANVAS_COLORS[latest.current.theme];
    const layer = labelLayer.current;
    layer.colors = colors;
    const drawers = createLabelDrawers(layer);

    const nodeReducer = (id: string, node: ViewNode): Partial<NodeDisplayData> => {
      const { focus, labels, selected, degree, theme } = latest.current;
      const palette = CANVAS_COLORS[theme];
      const base: Partial<NodeDisplayData> = {
        x: node.x,
        y: node.y,
        label: labels.get(id) ?? id,
        size: nodeSize(degree.get(id) ?? 0, graph.order),
        color: kindColor(node.kind),
      };
      if (focus.hiddenNodes.has(id)) return { ...base, hidden: true };
      const hasPath = focus.pathNodes.size > 0;
      const faded = { ...base, color: palette.fadedNode, label: "", zIndex: 0, size: (base.size ?? 4) * 0.7 };
      if (hasPath) {
        if (!focus.pathNodes.has(id)) return faded;
        return {
          ...base,
          forceLabel: true,
          zIndex: 2,
          highlighted: id === selected,
          size: (base.size ?? 4) + 2,
        };
      }
      const hover = hovered.current;
      if (selected && focus.distance.size > 0) {
        const hop = focus.distance.get(id);
        if (hop === undefined) {
          if (id === hover) return { ...base, zIndex: 1 };
          return faded;
        }
        return {
          ...base,
          zIndex: 2,
          highlighted: id === selected,
          forceLabel: hop <= 1 || focus.distance.size <= 40,
          size: id === selected ? (base.size ?? 4) + 3 : base.size,
        };
      }
      if (hover) {
        if (id === hover || graph.areNeighbors(id, hover)) return { ...base, zIndex: 2, forceLabel: true };
        return faded;
      }
      return base;
    };

    const edgeReducer = (edge: string, attributes: ViewEdge): Partial<EdgeDisplayData> => {
      const { focus, selected, theme } = latest.current;
      const palette = CANVAS_COLORS[theme];
      const source = graph.source(edge);
      const target = graph.target(edge);
      if (focus.hiddenNodes.has(source) || focus.hiddenNodes.has(target)) return { hidden: true };
      if (focus.shownRelations && !focus.shownRelations.has(attributes.type)) return { hidden: true };
      // On big graphs, edges outside the focus are not drawn at all: less clutter, and far fewer triangles.
      const fadedEdge: Partial<EdgeDisplayData> =
        graph.size > LARGE_GRAPH_EDGES
          ? { hidden: true }
          : { color: palette.fadedEdge, size: 0.5, zIndex: 0 };
      if (focus.pathNodes.size > 0) {
        if (focus.pathSteps.has(stepKey(source, attributes.type, target))) {
          return { color: palette.pathEdge, size: 3.5, type: "arrow", zIndex: 2 };
        }
        return fadedEdge;
      }
      if (selected && focus.distance.size > 0) {
        if (focus.neighborhoodEdges.has(edge))
          return { color: palette.focusEdge, size: 1.6, type: "arrow", zIndex: 1 };
        return fadedEdge;
      }
      const hover = hovered.current;
      if (hover) {
        if (source === hover || target === hover)
          return { color: palette.focusEdge, size: 1.6, type: "arrow", zIndex: 1 };
        return fadedEdge;
      }
      return { color: palette.edge, size: 0.8 };
    };

    const sigma = new Sigma<ViewNode, ViewEdge>(graph, element, {
      nodeReducer,
      edgeReducer,
      zIndex: true,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: "500",
      labelColor: { color: colors.label },
      labelDensity: 0.8,
      labelGridCellSize: 150,
      labelRenderedSizeThreshold: 6,
      defaultDrawNodeLabel: drawers.drawLabel,
      defaultDrawNodeHover: drawers.drawHover,
      defaultEdgeType: "line",
      hideEdgesOnMove: graph.size > 20_000,
      minCameraRatio: 0.03,
      maxCameraRatio: 4,
      stagePadding: 40,
    });
    sigmaRef.current = sigma;
    drawnWith.current = {
      focus: latest.current.focus,
      labels: latest.current.labels,
      selected: latest.current.selected,
      theme: latest.current.theme,
    };
    sigma.on("beforeRender", () => layer.clear());
    sigma.on("afterRender", () => layer.flush());
    // The constructor drew the first frame synchronously; say so for tests (and anyone curious).
    element.dataset.rendered = "true";

    sigma.on("clickNode", ({ node }) => latest.current.onSelect(node));
    sigma.on("enterNode", ({ node }) => {
      hovered.current = node;
      element.style.cursor = "pointer";
      sigma.refresh({ skipIndexation: true });
    });
    sigma.on("leaveNode", () => {
      hovered.current = undefined;
      element.style.cursor = "";
      sigma.refresh({ skipIndexation: true });
    });

    // The canvas follows its box (side panel opening, phone rotation), not only the window.
    const observer = new ResizeObserver(() => sigma.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      sigma.kill();
      sigmaRef.current = null;
      drawnWith.current = undefined;
    };
  }, [graph]);

  // Theme: label drawers and colours are settings; reducers read the theme from the ref.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma || drawnWith.current?.theme === theme) return;
    // Drawers read the colours from the layer at draw time; setting labelColor re-renders.
    labelLayer.current.colors = CANVAS_COLORS[theme];
    sigma.setSetting("labelColor", { color: CANVAS_COLORS[theme].label });
  }, [theme]);

  // Focus, filters, language: recompute display data (hidden nodes change the label grid, so full refresh).
  // Skipped when sigma already drew these (just created: its constructor did), a full pass saved on big graphs.
  useEffect(() => {
    const sigma = sigmaRef.current;
    const last = drawnWith.current;
    if (!sigma) return;
    if (last?.focus === focus && last.labels === labels && last.selected === selected && last.theme === theme)
      return;
    drawnWith.current = { focus, labels, selected, theme };
    sigma.refresh();
  }, [focus, labels, selected, theme]);

  // Camera: frame the whole path, or the selection with its direct neighbours.
  useEffect(() => {
    const sigma = sigmaRef.current;
    if (!sigma) return;
    const ids =
      focus.pathNodes.size > 1
        ? [...focus.pathNodes]
        : selected
          ? [...focus.distance].filter(([, hop]) => hop <= 1).map(([id]) => id)
          : [];
    const points = ids.map((id) => sigma.getNodeDisplayData(id)).filter((point) => point !== undefined);
    if (points.length === 0) return;
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const extent = Math.max(maxX - minX, maxY - minY);
    // Framed-graph units: ratio 1 shows the whole graph; leave a margin around the framed nodes.
    const ratio = Math.min(Math.max(extent * 1.35, 0.12), 1.1);
    sigma
      .getCamera()
      .animate(
        { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio },
        { duration: 450, easing: "quadraticInOut" },
      );
  }, [selected, focus.pathNodes, focus.distance]);

  useImperativeHandle(ref, () => ({
    zoomIn: () => void sigmaRef.current?.getCamera().animatedZoom({ duration: 250 }),
    zoomOut: () => void sigmaRef.current?.getCamera().animatedUnzoom({ duration: 250 }),
    reset: () => void sigmaRef.current?.getCamera().animatedReset({ duration: 350 }),
  }));

  return (
    <div
      ref={container}
      className="graph-canvas"
      role="img"
      aria-label={props.description}
      data-testid="graph-canvas"
    />
  );
});
