import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../test/paths.js";
import { loadGraph } from "../load-inputs.js";
import { compositionDiagram } from "./composition-diagram.js";
import { mermaidLabel } from "./mermaid-text.js";
import { relationMapDiagram } from "./relation-map-diagram.js";
import { requestPathDiagram } from "./request-path-diagram.js";

const graph = await loadGraph(fixtureContent);

describe("Mermaid diagrams from the graph", () => {
  it("draws the control plane and node components as boxes inside the cluster", () => {
    const diagram = compositionDiagram(graph, "kubernetes-cluster", "ko") ?? "";
    expect(diagram).toMatch(/^flowchart TB/);
    expect(diagram).toContain('subgraph c_control_plane["컨트롤 플레인"]');
    expect(diagram).toContain('subgraph c_node["노드"]');
    const controlPlane = diagram.slice(
      diagram.indexOf("subgraph c_control_plane"),
      diagram.indexOf("subgraph c_node"),
    );
    expect(controlPlane).toContain('c_kube_apiserver["kube-apiserver"]');
    expect(controlPlane).toContain('c_etcd["etcd"]');
    expect(diagram).toContain('c_kube_apiserver -->|"사용"| c_etcd');
  });

  it("draws nothing for a concept without parts", () => {
    expect(compositionDiagram(graph, "etcd", "en")).toBeUndefined();
    expect(compositionDiagram(graph, "no-such-concept", "en")).toBeUndefined();
  });

  it("maps the typed relations between images, layers and union file systems", () => {
    const diagram =
      relationMapDiagram(graph, ["union-file-system", "overlayfs", "image", "image-layer"], "en") ?? "";
    expect(diagram).toContain('c_image_layer -->|"part of"| c_image');
    expect(diagram).toContain('c_overlayfs -->|"is a"| c_union_file_system');
  });

  it("draws the request path through two sidecar proxies, configured by the mesh control plane", () => {
    const diagram = requestPathDiagram(graph, "en") ?? "";
    expect(diagram).toMatch(/^sequenceDiagram/);
    expect(diagram).toContain("participant PA as Sidecar proxy A");
    expect(diagram).toContain("CP-->>PA: configuration, certificates");
    expect(diagram).toContain("PA->>PB: request (Mutual TLS)");
  });

  it("escapes quotes in labels", () => {
    expect(mermaidLabel('say "hi"\nthere')).toBe('"say #quot;hi#quot; there"');
  });
});
