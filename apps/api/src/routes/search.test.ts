import { describe, expect, it } from "vitest";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const api = createSpecClient(await fixtureApp());
const search = async (q: string, extra = "") =>
  (await api.get(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`)).body;
const ids = (body: { hits: { id: string }[] }) => body.hits.map((hit) => hit.id);

describe("GET /api/v1/search", () => {
  it("ranks an exact aka first (master → control plane)", async () => {
    const body = await search("master");
    expect(body.query).toBe("master");
    expect(ids(body)[0]).toBe("control-plane");
    expect(body.hits[0]).toMatchObject({ kind: "concept", name: "컨트롤 플레인", level: "fundamental" });
  });

  it("answers names and summaries in the requested language", async () => {
    const body = await search("파드", "&lang=en");
    expect(ids(body)[0]).toBe("pod");
    expect(body.hits[0].name).toBe("Pod");
    expect(body.hits[0].summary).toMatch(/[a-z]/);
  });

  it("is Korean-aware: particles, partial words and initial consonants", async () => {
    expect(ids(await search("파드를"))[0]).toBe("pod");
    expect(ids(await search("컨테이"))).toContain("container");
    expect(ids(await search("ㅋㅌㄹ ㅍㄹㅇ"))).toContain("control-plane");
  });

  it("finds English words in summaries", async () => {
    expect(ids(await search("global decisions"))).toContain("control-plane");
  });

  it("limits hits", async () => {
    expect((await search("kubernetes", "&limit=2")).hits).toHaveLength(2);
    expect((await search("kubernetes", "&limit=100")).hits.length).toBeGreaterThan(2);
  });

  it("answers no hits for text that matches nothing", async () => {
    expect((await search("zzqqxx")).hits).toEqual([]);
  });

  it.each([
    ["", "q"],
    ["&q=", "q"],
    [`&q=${"a".repeat(201)}`, "q"],
    ["&q=pod&limit=0", "limit"],
    ["&q=pod&limit=101", "limit"],
    ["&q=pod&lang=de", "lang"],
  ])("refuses %s", async (query, name) => {
    const response = await api.get(`/api/v1/search?${query.replace(/^&/, "")}`);
    expect(response.status).toBe(400);
    expect(response.body.invalidParams[0].name).toBe(name);
  });
});
