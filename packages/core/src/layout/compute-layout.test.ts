import { describe, expect, it } from "vitest";
import { loadFixtureGraph } from "../../test/fixture-graph.js";
import { SnapshotError } from "../errors.js";
import { buildGraph } from "../graph/build-graph.js";
import { createSnapshot, readSnapshot } from "../snapshot/snapshot.js";
import { computeLayout } from "./compute-layout.js";

describe("computeLayout", () => {
  it("gives the same coordinates for the same content, whatever the input order", async () => {
    const graph = await loadFixtureGraph();
    const shuffled = buildGraph(graph.mapNodes((_id, concept) => concept).reverse());
    const first = computeLayout(graph);
    expect(computeLayout(graph)).toEqual(first);
    expect(computeLayout(shuffled)).toEqual(first);
    expect(Object.keys(first).sort()).toEqual(graph.nodes().sort());
    for (const { x, y } of Object.values(first)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it("spreads the nodes out (no two share a position)", async () => {
    const layout = computeLayout(await loadFixtureGraph());
    const positions = new Set(Object.values(layout).map(({ x, y }) => `${x},${y}`));
    expect(positions.size).toBe(Object.keys(layout).length);
  });

  it("never writes display attributes onto the concepts", async () => {
    const graph = await loadFixtureGraph();
    computeLayout(graph);
    graph.forEachNode((_id, attributes) => {
      expect(attributes).not.toHaveProperty("x");
      expect(attributes).not.toHaveProperty("color");
    });
  });
});

describe("snapshot", () => {
  it("round-trips the graph and its layout", async () => {
    const graph = await loadFixtureGraph();
    const layout = computeLayout(graph);
    const loaded = readSnapshot(createSnapshot(graph, layout));
    expect(loaded.graph.nodes()).toEqual(graph.nodes());
    expect(loaded.graph.edges()).toEqual(graph.edges());
    expect(loaded.layout).toEqual(layout);
    expect(loaded.graph.getAttribute("aliases")).toEqual(graph.getAttribute("aliases"));
  });

  it("refuses a corrupt or altered snapshot", async () => {
    const graph = await loadFixtureGraph();
    const json = createSnapshot(graph, computeLayout(graph));
    expect(() => readSnapshot(json.slice(0, -10))).toThrow(SnapshotError);
    expect(() => readSnapshot(json.replace("컨트롤 플레인", "컨트롤 플레이"))).toThrow(SnapshotError);
    expect(() => readSnapshot('{"format":"other"}')).toThrow(SnapshotError);
    expect(() => readSnapshot(json.replace('"version":2', '"version":1'))).toThrow(SnapshotError);
    expect(() => readSnapshot("")).toThrow(SnapshotError);
  });
});
