import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());

describe("GET /api/v1/paths", () => {
  it("answers the shortest typed path, edges linking consecutive nodes", async () => {
    const response = await api.get("/api/v1/paths?from=kubectl&to=pod&lang=en");
    expect(response.status).toBe(200);
    const { from, to, length, nodes, edges } = response.body;
    expect([from, to]).toEqual(["kubectl", "pod"]);
    expect(length).toBe(edges.length);
    expect(nodes).toHaveLength(length + 1);
    expect(nodes[0].id).toBe("kubectl");
    expect(nodes.at(-1).id).toBe("pod");
    edges.forEach((edge: { source: string; target: string }, index: number) => {
      expect([edge.source, edge.target].sort()).toEqual([nodes[index].id, nodes[index + 1].id].sort());
    });
    expect(nodes.at(-1).name).toBe("Pod");
  });

  it("resolves names and aliases in from and to", async () => {
    const response = await api.get(`/api/v1/paths?from=master&to=${encodeURIComponent("파드")}`);
    expect(response.status).toBe(200);
    expect(response.body.from).toBe("control-plane");
    expect(response.body.to).toBe("pod");
  });

  it("answers a zero-length path from a concept to itself", async () => {
    const response = await api.get("/api/v1/paths?from=pod&to=pod");
    expect(response.body).toMatchObject({ length: 0, edges: [] });
    expect(response.body.nodes.map((node: { id: string }) => node.id)).toEqual(["pod"]);
  });

  it("follows only the given relations and direction", async () => {
    const response = await api.get("/api/v1/paths?from=kubelet&to=kubernetes&relation=part-of&direction=out");
    expect(response.body.nodes.map((node: { id: string }) => node.id)).toEqual([
      "kubelet",
      "node",
      "kubernetes",
    ]);
    expect(response.body.edges.every((edge: { type: string }) => edge.type === "part-of")).toBe(true);
  });

  it("answers a 404 no-path problem when nothing links them", async () => {
    const response = await api.get("/api/v1/paths?from=google&to=pod&relation=stores");
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ type: "/api/v1/problems/no-path", fromId: "google", toId: "pod" });
    const directed = await api.get("/api/v1/paths?from=container&to=pod&direction=out");
    expect(directed.body.type).toBe("/api/v1/problems/no-path");
  });

  it.each([
    ["from=nope&to=pod", "from"],
    ["from=pod&to=nope", "to"],
  ])("names the parameter of an unknown concept (%s)", async (query, parameter) => {
    const response = await api.get(`/api/v1/paths?${query}`);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ type: "/api/v1/problems/concept-not-found", parameter });
  });

  it("refuses missing and invalid parameters, all at once", async () => {
    const response = await api.get("/api/v1/paths?direction=up&relation=loves");
    expect(response.status).toBe(400);
    expect(response.body.invalidParams.map((parameter: { name: string }) => parameter.name).sort()).toEqual([
      "direction",
      "from",
      "relation",
      "to",
    ]);
    const missing = response.body.invalidParams.find(
      (parameter: { name: string }) => parameter.name === "from",
    );
    expect(missing.reason).toBe("missing");
  });
});

describe("GET /api/v1/learning-path/{id}", () => {
  it("lists what to learn first, foundations first", async () => {
    const response = await api.get("/api/v1/learning-path/deployment?lang=en");
    expect(response.status).toBe(200);
    expect(response.body.target).toMatchObject({ id: "deployment", name: "Deployment" });
    const steps = response.body.steps.map((step: { id: string }) => step.id);
    expect(steps).toContain("pod");
    expect(steps).toContain("container");
    expect(steps).not.toContain("deployment");
    // Every step comes after the steps it depends on.
    expect(steps.indexOf("container")).toBeLessThan(steps.indexOf("kubernetes"));
    expect(steps.indexOf("kubernetes")).toBeLessThan(steps.indexOf("kubernetes-object"));
    expect(steps.indexOf("kubernetes-object")).toBeLessThan(steps.indexOf("pod"));
  });

  it("answers an empty path for a foundation", async () => {
    const response = await api.get("/api/v1/learning-path/container");
    expect(response.body.steps).toEqual([]);
    expect(response.body.target.name).toBe("컨테이너");
  });

  it("resolves aliases with Content-Location", async () => {
    const response = await api.get("/api/v1/learning-path/master");
    expect(response.body.target.id).toBe("control-plane");
    expect(response.headers["content-location"]).toBe("/api/v1/learning-path/control-plane?lang=ko");
  });

  it("answers 404 for an unknown concept", async () => {
    const response = await api.get("/api/v1/learning-path/kubernetess");
    expect(response.status).toBe(404);
    expect(response.body.suggestions).toContain("kubernetes");
  });
});
