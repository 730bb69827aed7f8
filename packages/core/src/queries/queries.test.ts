import { beforeAll, describe, expect, it } from "vitest";
import { loadFixtureGraph } from "../../test/fixture-graph.js";
import { ConceptNotFoundError, InvalidArgumentError, NoPathError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { conceptRelations } from "./concept-relations.js";
import { getConcept, resolveConceptId } from "./get-concept.js";
import { inducedSubgraph } from "./induced-subgraph.js";
import { learningPath } from "./learning-path.js";
import { listConcepts } from "./list-concepts.js";
import { neighbors } from "./neighbors.js";
import { shortestPath } from "./shortest-path.js";

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadFixtureGraph();
});

describe("getConcept", () => {
  it.each([
    ["control-plane", "control-plane"],
    ["master", "control-plane"],
    ["Master", "control-plane"],
    ["마스터", "control-plane"],
    ["컨트롤 플레인", "control-plane"],
    ["Control Plane", "control-plane"],
    ["k8s", "kubernetes"],
    ["쿠버네티스", "kubernetes"],
  ])("resolves %s to %s", (key, id) => {
    expect(getConcept(graph, key).id).toBe(id);
  });

  it("throws ConceptNotFoundError with the closest ids", () => {
    const error = (() => {
      try {
        getConcept(graph, "kube-apisrever");
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ConceptNotFoundError);
    expect((error as ConceptNotFoundError).suggestions[0]).toBe("kube-apiserver");
  });

  it("answers undefined for unknown keys, including prototype names", () => {
    for (const key of ["__proto__", "constructor", "toString", "", "nope"]) {
      expect(resolveConceptId(graph, key)).toBeUndefined();
    }
  });
});

describe("listConcepts", () => {
  it("lists everything in id order", () => {
    const ids = listConcepts(graph).map((concept) => concept.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toHaveLength(graph.order);
  });

  it("filters by kind, tag, level and status together", () => {
    expect(listConcepts(graph, { kind: "resource" }).map((c) => c.id)).toEqual(["deployment", "pod"]);
    expect(listConcepts(graph, { tag: "workloads", level: "intermediate" }).map((c) => c.id)).toEqual([
      "deployment",
    ]);
    expect(listConcepts(graph, { status: "legacy" }).map((c) => c.id)).toEqual(["dockershim"]);
  });
});

describe("conceptRelations", () => {
  it("gives outgoing and incoming typed edges", () => {
    const { outgoing, incoming } = conceptRelations(graph, "kube-apiserver");
    expect(outgoing).toContainEqual({ source: "kube-apiserver", target: "control-plane", type: "part-of" });
    expect(outgoing).toContainEqual({ source: "kube-apiserver", target: "etcd", type: "uses" });
    expect(incoming).toContainEqual({ source: "kubectl", target: "kube-apiserver", type: "uses" });
  });
});

describe("neighbors", () => {
  it("depth 1 both ways", () => {
    const { nodes } = neighbors(graph, "kube-apiserver");
    expect(new Set(nodes)).toEqual(new Set(["kube-apiserver", "control-plane", "etcd", "kubectl"]));
    expect(nodes[0]).toBe("kube-apiserver");
  });

  it("direction out follows only outgoing edges", () => {
    expect(new Set(neighbors(graph, "kube-apiserver", { direction: "out" }).nodes)).toEqual(
      new Set(["kube-apiserver", "control-plane", "etcd"]),
    );
    expect(neighbors(graph, "kube-apiserver", { direction: "in" }).nodes).toEqual([
      "kube-apiserver",
      "kubectl",
    ]);
  });

  it("depth 2 reaches further, and a relation filter narrows it", () => {
    const deep = neighbors(graph, "kube-apiserver", { depth: 2, direction: "out" }).nodes;
    expect(deep).toContain("kubernetes");
    expect(deep).toContain("kubernetes-object");
    const partOnly = neighbors(graph, "kube-apiserver", {
      depth: 3,
      direction: "out",
      relations: ["part-of"],
    });
    expect(partOnly.nodes).toEqual(["kube-apiserver", "control-plane", "kubernetes"]);
    expect(partOnly.edges.every((edge) => edge.type === "part-of")).toBe(true);
  });

  it("rejects depth outside 1..3", () => {
    expect(() => neighbors(graph, "pod", { depth: 4 })).toThrow(InvalidArgumentError);
    expect(() => neighbors(graph, "pod", { depth: 0 })).toThrow(InvalidArgumentError);
  });
});

describe("shortestPath", () => {
  it("finds a typed path, walking edges backwards when needed", () => {
    const path = shortestPath(graph, "kubectl", "etcd");
    expect(path.nodes).toEqual(["kubectl", "kube-apiserver", "etcd"]);
    expect(path.edges.map((edge) => edge.type)).toEqual(["uses", "uses"]);
    const back = shortestPath(graph, "etcd", "kubectl");
    expect(back.nodes).toEqual(["etcd", "kube-apiserver", "kubectl"]);
    expect(back.edges[1]).toEqual({ source: "kubectl", target: "kube-apiserver", type: "uses" });
  });

  it("respects direction out", () => {
    expect(shortestPath(graph, "kubelet", "kubernetes", { direction: "out" }).nodes).toEqual([
      "kubelet",
      "node",
      "kubernetes",
    ]);
    expect(() => shortestPath(graph, "kubernetes", "kubelet", { direction: "out" })).toThrow(NoPathError);
  });

  it("throws NoPathError when the relation filter disconnects them", () => {
    expect(() => shortestPath(graph, "kubectl", "etcd", { relations: ["part-of"] })).toThrow(NoPathError);
  });

  it("a concept reaches itself in zero steps", () => {
    expect(shortestPath(graph, "pod", "pod")).toEqual({ nodes: ["pod"], edges: [] });
  });
});

describe("learningPath", () => {
  it("lists foundations before what builds on them", () => {
    const path = learningPath(graph, "deployment");
    expect(path).not.toContain("deployment");
    for (const id of ["pod", "container", "kubernetes-object", "kubernetes"]) expect(path).toContain(id);
    expect(path.indexOf("container")).toBeLessThan(path.indexOf("pod"));
    expect(path.indexOf("kubernetes")).toBeLessThan(path.indexOf("kubernetes-object"));
    expect(path.at(-1)).toBe("pod");
  });

  it("is empty for a concept with nothing to learn first", () => {
    expect(learningPath(graph, "container")).toEqual([]);
  });
});

describe("inducedSubgraph", () => {
  it("keeps the edges among the given ids only", () => {
    const sub = inducedSubgraph(graph, ["kubelet", "node", "pod", "nope"]);
    expect(sub.nodes).toEqual(["kubelet", "node", "pod"]);
    expect(sub.edges).toHaveLength(4);
  });
});
