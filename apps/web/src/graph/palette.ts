/** Display colours, derived from kind and theme, never stored on the graph (data is not display). */
import type { Kind } from "@kubenotes/core";

export type Theme = "light" | "dark";

/** A categorical palette (Tableau 10), readable on light and dark backgrounds; one colour per kind. */
export const KIND_COLORS: Record<Kind, string> = {
  technology: "#4e79a7",
  component: "#3b9e94",
  concept: "#b07aa1",
  artifact: "#f28e2b",
  instruction: "#9c755f",
  command: "#e15759",
  tool: "#59a14f",
  resource: "#d4a72c",
  organization: "#8f8f8f",
  event: "#ff9da7",
};

/**
 * Canvas colours are opaque, already blended with the page background: sigma writes straight (not
 * premultiplied) alpha into a transparent WebGL canvas, so translucent edges would composite too bright.
 */
export interface CanvasColors {
  /** Label text drawn by sigma on the canvas. */
  label: string;
  /** Halo around labels and the hover box: the page background, so labels stay readable over edges. */
  background: string;
  /** Nodes outside the focus (neighborhood or path). */
  fadedNode: string;
  edge: string;
  fadedEdge: string;
  focusEdge: string;
  pathEdge: string;
  pathNode: string;
}

export const CANVAS_COLORS: Record<Theme, CanvasColors> = {
  light: {
    label: "#1f2530",
    background: "#f6f7f9",
    fadedNode: "#dfe3e9",
    edge: "#cdd1d8",
    fadedEdge: "#e9ebef",
    focusEdge: "#747b8a",
    pathEdge: "#e8590c",
    pathNode: "#e8590c",
  },
  dark: {
    label: "#e4e8ef",
    background: "#11151c",
    fadedNode: "#2b313c",
    edge: "#303640",
    fadedEdge: "#1b2028",
    focusEdge: "#989fab",
    pathEdge: "#ff8c42",
    pathNode: "#ff8c42",
  },
};

export function kindColor(kind: string): string {
  return KIND_COLORS[kind as Kind] ?? KIND_COLORS.concept;
}
