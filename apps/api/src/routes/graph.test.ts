import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { fixtureApp, fixtureKnowledge } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const app = await fixtureApp();
const api = createSpecClient(app);
const knowledge = await fixtureKnowledge();
// The parsers need a graphology constructor; the knowledge graph's own class avoids a direct dependency.
const Graph = knowledge.graph.constructor as Parameters<typeof parseGexf>[0];

/** Fetches a text body without superagent's decompression or parsing in the way. */
async function text(url: string) {
  const response = await request(app)
    .get(url)
    .set("Accept-Encoding", "identity")
    .buffer(true)
    .parse((res, done) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        body += chunk;
      });
      res.on("end", () => done(null, body));
    });
  return { response, body: response.body as string };
}

describe("GET /api/v1/graph", () => {
  it("answers the whole graph as compact JSON with the snapshot layout", async () => {
    const response = await api.get("/api/v1/graph");
    expect(response.status).toBe(200);
    const { nodes, edges, contentHash } = response.body;
    expect(contentHash).toBe(knowledge.contentHash);
    expect(nodes).toHaveLength(knowledge.graph.order);
    expect(edges).toHaveLength(knowledge.graph.size);
    const pod = nodes.find((node: { id: string }) => node.id === "pod");
    expect(pod).toEqual({
      id: "pod",
      kind: "resource",
      name: "파드",
      level: "fundamental",
      tags: ["kubernetes", "workloads"],
      x: knowledge.layout.pod?.x,
      y: knowledge.layout.pod?.y,
      degree: knowledge.graph.degree("pod"),
    });
    expect(edges).toContainEqual({ source: "pod", target: "node", type: "runs-on" });
  });

  it("names nodes in English with lang=en", async () => {
    const response = await api.get("/api/v1/graph?format=json&lang=en");
    expect(response.body.nodes.find((node: { id: string }) => node.id === "pod").name).toBe("Pod");
  });

  it.each(["ko", "en"] as const)(
    "writes GEXF that graphology's parser (Gephi's format) reads back (%s)",
    async (lang) => {
      const { response, body } = await text(`/api/v1/graph?format=gexf&lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("application/gexf+xml; charset=utf-8");
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="kubenotes-${lang}.gexf"`);
      const graph = parseGexf(Graph, body);
      expect(graph.order).toBe(knowledge.graph.order);
      expect(graph.size).toBe(knowledge.graph.size);
      expect(graph.getNodeAttribute("pod", "label")).toBe(lang === "ko" ? "파드" : "Pod");
      expect(graph.getNodeAttribute("pod", "kind")).toBe("resource");
      expect(graph.getNodeAttribute("pod", "x")).toBe(knowledge.layout.pod?.x);
      const relations = graph.mapEdges((_key, attributes) => attributes.relation);
      expect(relations).toContain("runs-on");
    },
  );

  it.each(["ko", "en"] as const)(
    "writes GraphML that graphology's parser reads back, with yEd graphics (%s)",
    async (lang) => {
      const { response, body } = await text(`/api/v1/graph?format=graphml&lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("application/graphml+xml; charset=utf-8");
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename="kubenotes-${lang}.graphml"`,
      );
      const graph = parseGraphml(Graph, body);
      expect(graph.order).toBe(knowledge.graph.order);
      expect(graph.size).toBe(knowledge.graph.size);
      expect(graph.getNodeAttribute("pod", "label")).toBe(lang === "ko" ? "파드" : "Pod");
      expect(graph.getNodeAttribute("pod", "degree")).toBe(knowledge.graph.degree("pod"));
      expect(graph.getNodeAttribute("pod", "x")).toBe(knowledge.layout.pod?.x);
      expect(graph.mapEdges((_key, attributes) => attributes.relation)).toContain("runs-on");
      expect(body).toContain('yfiles.type="nodegraphics"');
      expect(body).toContain(`<y:NodeLabel>${lang === "ko" ? "파드" : "Pod"}</y:NodeLabel>`);
    },
  );

  it("refuses an unknown format, listing the accepted ones", async () => {
    const response = await api.get("/api/v1/graph?format=dot");
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0]).toMatchObject({
      name: "format",
      allowed: ["json", "gexf", "graphml"],
    });
  });
});
