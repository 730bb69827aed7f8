import { describe, expect, it } from "vitest";
import type { GraphData } from "../api/client";
import { EMPTY_FILTERS } from "../state/view-state";
import { buildViewGraph } from "./build-view-graph";
import { computeFocus, stepKey } from "./compute-focus";

const node = (id: string, kind: string, level = "fundamental", tags: string[] = ["kubernetes"]) =>
  ({ id, kind, name: id, level, tags, x: 0, y: 0, degree: 0 }) as GraphData["nodes"][number];

const data: GraphData = {
  contentHash: "test",
  nodes: [
    node("a", "concept"),
    { ...node("b", "component", "intermediate"), degree: 7 },
    node("c", "component", "advanced", ["docker"]),
    node("d", "tool"),
    node("e", "tool"),
  ],
  edges: [
    { source: "b", target: "a", type: "part-of" },
    { source: "c", target: "b", type: "uses" },
    { source: "d", target: "c", type: "manages" },
  ],
};
const { graph, degree } = buildViewGraph(data);

describe("computeFocus", () => {
  it("sizes come from the API's degree", () => {
    expect(degree.get("b")).toBe(7);
  });

  it("finds the neighborhood in both directions up to the depth", () => {
    const one = computeFocus(graph, { selected: "b", depth: 1, filters: EMPTY_FILTERS });
    expect([...one.distance.keys()].sort()).toEqual(["a", "b", "c"]);
    const two = computeFocus(graph, { selected: "b", depth: 2, filters: EMPTY_FILTERS });
    expect(two.distance.get("d")).toBe(2);
    expect(two.distance.has("e")).toBe(false);
  });

  it("hides what the filters leave out, but never the selection", () => {
    const focus = computeFocus(graph, {
      selected: "a",
      depth: 1,
      filters: { ...EMPTY_FILTERS, kinds: ["component"] },
    });
    expect([...focus.hiddenNodes].sort()).toEqual(["d", "e"]);
    expect(focus.visibleCount).toBe(3);
    const byTag = computeFocus(graph, { depth: 1, filters: { ...EMPTY_FILTERS, tags: ["docker"] } });
    expect(byTag.visibleCount).toBe(1);
  });

  it("follows only the shown relation types", () => {
    const focus = computeFocus(graph, {
      selected: "b",
      depth: 3,
      filters: { ...EMPTY_FILTERS, relations: ["uses"] },
    });
    expect([...focus.distance.keys()].sort()).toEqual(["b", "c"]);
  });

  it("keeps path steps by source, type and target", () => {
    const path = {
      nodes: ["a", "b", "c"],
      edges: [
        { source: "b", target: "a", type: "part-of" },
        { source: "c", target: "b", type: "uses" },
      ],
    };
    const focus = computeFocus(graph, {
      selected: "a",
      depth: 1,
      filters: { ...EMPTY_FILTERS, kinds: ["tool"] },
      path,
    });
    expect(focus.pathSteps.has(stepKey("c", "uses", "b"))).toBe(true);
    expect(focus.hiddenNodes.has("b")).toBe(false);
  });
});
