import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());
const FIXTURE_IDS = 23;

describe("GET /api/v1/concepts", () => {
  it("lists summaries in id order, in Korean by default", async () => {
    const response = await api.get("/api/v1/concepts");
    expect(response.status).toBe(200);
    expect(response.headers["content-language"]).toBe("ko");
    expect(response.body.total).toBe(FIXTURE_IDS);
    expect(response.body.items).toHaveLength(FIXTURE_IDS);
    expect(response.body.nextCursor).toBeNull();
    const ids = response.body.items.map((item: { id: string }) => item.id);
    expect(ids).toEqual([...ids].sort());
    const pod = response.body.items.find((item: { id: string }) => item.id === "pod");
    expect(pod).toMatchObject({ kind: "resource", name: "파드", level: "fundamental", status: "current" });
    expect(pod.tags).toContainEqual({ id: "kubernetes", label: "쿠버네티스" });
  });

  it("speaks English with lang=en", async () => {
    const response = await api.get("/api/v1/concepts?lang=en&kind=resource");
    expect(response.headers["content-language"]).toBe("en");
    expect(response.body.items.map((item: { name: string }) => item.name)).toEqual(["Deployment", "Pod"]);
    expect(response.body.items[1].tags).toContainEqual({ id: "kubernetes", label: "Kubernetes" });
  });

  it.each([
    ["kind=component", (item: { kind: string }) => item.kind === "component"],
    ["tag=docker", (item: { tags: { id: string }[] }) => item.tags.some((tag) => tag.id === "docker")],
    ["level=advanced", (item: { level: string }) => item.level === "advanced"],
    ["status=legacy", (item: { status: string }) => item.status === "legacy"],
  ])("filters with %s", async (query, keep) => {
    const everything = (await api.get("/api/v1/concepts?limit=200")).body.items;
    const response = await api.get(`/api/v1/concepts?${query}`);
    const expected = everything.filter(keep).map((item: { id: string }) => item.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(expected);
    expect(response.body.total).toBe(expected.length);
  });

  it("combines filters", async () => {
    const response = await api.get("/api/v1/concepts?tag=kubernetes&level=intermediate&kind=component");
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual(["kube-apiserver", "kubelet"]);
  });

  it("pages to the end with cursors and Link headers, each concept exactly once", async () => {
    const seen: string[] = [];
    let url: string | undefined = "/api/v1/concepts?limit=5&lang=en";
    let pages = 0;
    while (url) {
      const response = await api.get(url);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(5);
      expect(response.body.total).toBe(FIXTURE_IDS);
      seen.push(...response.body.items.map((item: { id: string }) => item.id));
      pages++;
      const { nextCursor } = response.body;
      if (nextCursor === null) {
        expect(response.headers.link).toBeUndefined();
        url = undefined;
      } else {
        const link = /^<([^>]+)>; rel="next"$/.exec(response.headers.link ?? "");
        expect(link?.[1]).toContain(`cursor=${nextCursor}`);
        url = link?.[1];
      }
    }
    expect(pages).toBe(Math.ceil(FIXTURE_IDS / 5));
    expect(seen).toHaveLength(FIXTURE_IDS);
    expect(new Set(seen).size).toBe(FIXTURE_IDS);
    expect(seen).toEqual([...seen].sort());
  });

  it("pages with filters, and a page that ends exactly at the last item has no next cursor", async () => {
    const first = await api.get("/api/v1/concepts?tag=docker&limit=4");
    expect(first.body.total).toBe(7);
    expect(first.body.items).toHaveLength(4);
    const second = await api.get(`/api/v1/concepts?tag=docker&limit=4&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(3);
    expect(second.body.nextCursor).toBeNull();
    const exact = await api.get("/api/v1/concepts?tag=docker&limit=7");
    expect(exact.body.items).toHaveLength(7);
    expect(exact.body.nextCursor).toBeNull();
  });

  it("accepts limits from 1 to 200", async () => {
    expect((await api.get("/api/v1/concepts?limit=1")).body.items).toHaveLength(1);
    expect((await api.get("/api/v1/concepts?limit=200")).body.items).toHaveLength(FIXTURE_IDS);
  });

  it.each(["0", "201", "-1", "1.5", "abc", "", "0x10", "1e2", "99999999999999999999"])(
    "refuses limit=%s naming the range",
    async (limit) => {
      const response = await api.get(`/api/v1/concepts?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(response.body.type).toBe("/api/v1/problems/invalid-parameter");
      expect(response.body.invalidParams).toEqual([
        expect.objectContaining({ name: "limit", in: "query", accepted: "an integer from 1 to 200" }),
      ]);
    },
  );

  it.each(["kind=thing", "tag=cooking", "level=expert", "status=gone", "lang=fr"])(
    "refuses %s listing the accepted values",
    async (query) => {
      const response = await api.get(`/api/v1/concepts?${query}`);
      const [name] = query.split("=");
      expect(response.status).toBe(400);
      expect(response.body.invalidParams).toHaveLength(1);
      expect(response.body.invalidParams[0].name).toBe(name);
      expect(response.body.invalidParams[0].allowed.length).toBeGreaterThan(1);
    },
  );

  it.each(["garbage", "eyJhZnRlciI6IkNBUFMifQ", "%%%", "eyJ9"])(
    "refuses a cursor it did not write (%s)",
    async (cursor) => {
      const response = await api.get(`/api/v1/concepts?cursor=${cursor}`);
      expect(response.status).toBe(400);
      expect(response.body.invalidParams[0].name).toBe("cursor");
    },
  );

  it("answers an empty page after the last id", async () => {
    const cursor = Buffer.from(JSON.stringify({ after: "zzz" })).toString("base64url");
    const response = await api.get(`/api/v1/concepts?cursor=${cursor}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [], total: FIXTURE_IDS, nextCursor: null });
  });
});

describe("GET /api/v1/concepts/{id}", () => {
  it("answers one concept with labelled relations in both directions", async () => {
    const response = await api.get("/api/v1/concepts/kubelet");
    expect(response.status).toBe(200);
    expect(response.headers["content-location"]).toBeUndefined();
    expect(response.body).toMatchObject({
      id: "kubelet",
      kind: "component",
      name: "Kubelet",
      level: "intermediate",
    });
    expect(response.body.relations.outgoing).toContainEqual({
      type: "runs-on",
      label: "~에서 실행됨",
      target: "node",
      targetName: "노드",
    });
    expect(response.body.relations.incoming).toContainEqual({
      type: "part-of",
      label: "구성 요소",
      source: "dockershim",
      sourceName: "dockershim",
    });
    expect(response.body.sources[0].url).toMatch(/^https:\/\//);
    expect(response.body.body.length).toBeGreaterThan(0);
  });

  it("answers in English with lang=en, inverse labels included", async () => {
    const response = await api.get("/api/v1/concepts/kubelet?lang=en");
    expect(response.body.summary).toMatch(/[a-z]/);
    expect(response.body.relations.incoming).toContainEqual({
      type: "part-of",
      label: "has part",
      source: "dockershim",
      sourceName: "dockershim",
    });
    expect(response.body.relations.outgoing).toContainEqual({
      type: "runs-on",
      label: "runs on",
      target: "node",
      targetName: "Node",
    });
  });

  it("includes the date of events and omits it elsewhere", async () => {
    expect((await api.get("/api/v1/concepts/kubernetes-1-0-release")).body.date).toBe("2015-07-21");
    expect((await api.get("/api/v1/concepts/pod")).body).not.toHaveProperty("date");
  });

  it.each([
    ["master", "control-plane"],
    ["Master", "control-plane"],
    ["%EB%A7%88%EC%8A%A4%ED%84%B0", "control-plane"],
    ["master-node", "control-plane"],
    ["Control%20Plane", "control-plane"],
    ["k8s", "kubernetes"],
  ])("resolves %s to the canonical %s with Content-Location", async (key, id) => {
    const response = await api.get(`/api/v1/concepts/${key}?lang=en`);
    const canonical = await api.get(`/api/v1/concepts/${id}?lang=en`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual(canonical.body);
    expect(response.headers["content-location"]).toBe(`/api/v1/concepts/${id}?lang=en`);
    expect(response.headers.link).toBe(`</api/v1/concepts/${id}?lang=en>; rel="canonical"`);
  });

  it("answers 404 with the closest ids for an unknown id", async () => {
    const response = await api.get("/api/v1/concepts/kubelett");
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      type: "/api/v1/problems/concept-not-found",
      status: 404,
      parameter: "id",
      conceptId: "kubelett",
    });
    expect(response.body.suggestions[0]).toBe("kubelet");
  });

  it("suggests through Korean-aware search when spelling does not help", async () => {
    const response = await api.get(`/api/v1/concepts/${encodeURIComponent("쿠버네")}`);
    expect(response.status).toBe(404);
    expect(response.body.suggestions).toContain("kubernetes");
  });

  it("refuses an id longer than 200 characters", async () => {
    const response = await api.get(`/api/v1/concepts/${"a".repeat(201)}`);
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0]).toMatchObject({ name: "id", in: "path" });
  });
});

describe("GET /api/v1/concepts/{id}/neighbors", () => {
  it("answers depth 1 in both directions by default", async () => {
    const response = await api.get("/api/v1/concepts/node/neighbors");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ center: "node", depth: 1, direction: "both", relations: [] });
    expect(response.body.nodes[0]).toEqual({
      id: "node",
      kind: "component",
      name: "노드",
      level: "fundamental",
    });
    expect(response.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([
      "kubelet",
      "kubernetes",
      "node",
      "pod",
    ]);
    expect(response.body.edges).toContainEqual({
      source: "pod",
      target: "node",
      type: "runs-on",
      label: "~에서 실행됨",
    });
  });

  it("goes deeper with depth and keeps every edge once", async () => {
    const one = await api.get("/api/v1/concepts/node/neighbors?depth=1");
    const three = await api.get("/api/v1/concepts/node/neighbors?depth=3&lang=en");
    expect(three.body.nodes.length).toBeGreaterThan(one.body.nodes.length);
    const keys = three.body.edges.map(
      (edge: { source: string; type: string; target: string }) =>
        `${edge.source}|${edge.type}|${edge.target}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    expect(three.body.edges[0].label).toMatch(/^[a-z ]+$/);
  });

  it("follows only the given relation types and direction", async () => {
    const response = await api.get("/api/v1/concepts/node/neighbors?relation=runs-on,part-of&direction=in");
    expect(response.body.relations).toEqual(["runs-on", "part-of"]);
    for (const edge of response.body.edges) {
      expect(["runs-on", "part-of"]).toContain(edge.type);
      expect(edge.target).toBe("node");
    }
    expect(response.body.nodes.map((node: { id: string }) => node.id)).toEqual(["node", "kubelet", "pod"]);
    const out = await api.get("/api/v1/concepts/node/neighbors?direction=out");
    expect(out.body.edges).toEqual([
      { source: "node", target: "kubernetes", type: "part-of", label: "~의 일부" },
    ]);
  });

  it("resolves aliases with Content-Location", async () => {
    const response = await api.get("/api/v1/concepts/master/neighbors?depth=2");
    expect(response.body.center).toBe("control-plane");
    expect(response.headers["content-location"]).toBe(
      "/api/v1/concepts/control-plane/neighbors?depth=2&direction=both&lang=ko",
    );
  });

  it.each([
    ["depth=0", "depth"],
    ["depth=4", "depth"],
    ["direction=sideways", "direction"],
    ["relation=likes", "relation"],
    ["relation=uses,,part-of", "relation"],
    ["relation=", "relation"],
  ])("refuses %s", async (query, name) => {
    const response = await api.get(`/api/v1/concepts/node/neighbors?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0].name).toBe(name);
  });

  it("answers 404 for an unknown center", async () => {
    const response = await api.get("/api/v1/concepts/nodes-and-more/neighbors");
    expect(response.status).toBe(404);
    expect(response.body.type).toBe("/api/v1/problems/concept-not-found");
  });
});
