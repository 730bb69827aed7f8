import { beforeAll, describe, expect, it } from "vitest";
import { loadFixtureGraph } from "../../test/fixture-graph.js";
import { InvalidArgumentError } from "../errors.js";
import type { KnowledgeGraph } from "../graph/knowledge-graph.js";
import { createSearchIndex, type SearchIndex } from "./create-search-index.js";
import { choseongForms, isChoseongQuery, stripParticle } from "./korean.js";
import { searchConcepts } from "./search-concepts.js";

let graph: KnowledgeGraph;
let index: SearchIndex;
beforeAll(async () => {
  graph = await loadFixtureGraph();
  index = createSearchIndex(graph);
});

const top = (query: string) => searchConcepts(graph, index, query)[0]?.id;

describe("searchConcepts (Korean-aware)", () => {
  it.each([
    ["컨테이너", "container"],
    ["컨테이", "container"],
    ["컨테이너를", "container"],
    ["컨테이너는", "container"],
    ["ㅋㅌㅇㄴ", "container"],
    ["master", "control-plane"],
    ["마스터", "control-plane"],
    ["컨트롤", "control-plane"],
    ["container runtime", "container-runtime"],
    ["ㅋㅌㅇㄴ ㄹㅌㅇ", "container-runtime"],
    ["kube-apiserver", "kube-apiserver"],
    ["apiserver", "kube-apiserver"],
    ["deploymnt", "deployment"],
    ["파드를", "pod"],
    ["ㅋㅂㄴㅌㅅ", "kubernetes"],
    ["ㅍㄷ", "pod"],
    ["k8s", "kubernetes"],
  ])("%s → %s first", (query, id) => {
    expect(top(query)).toBe(id);
  });

  it("finds text in bodies and summaries in both languages", () => {
    expect(searchConcepts(graph, index, "key-value").map((hit) => hit.id)).toContain("etcd");
    expect(searchConcepts(graph, index, "키-값").map((hit) => hit.id)).toContain("etcd");
  });

  it("respects the limit and rejects an out-of-range one", () => {
    expect(searchConcepts(graph, index, "kubernetes", { limit: 2 })).toHaveLength(2);
    expect(() => searchConcepts(graph, index, "x", { limit: 0 })).toThrow(InvalidArgumentError);
  });

  it("answers nothing for blank queries", () => {
    expect(searchConcepts(graph, index, "   ")).toEqual([]);
  });
});

describe("korean helpers", () => {
  it("strips particles but keeps short nouns whole", () => {
    expect(stripParticle("컨테이너를")).toBe("컨테이너");
    expect(stripParticle("쿠버네티스에서")).toBe("쿠버네티스");
    expect(stripParticle("파드")).toBeUndefined();
    expect(stripParticle("node")).toBeUndefined();
  });

  it("derives initial consonants per word and joined", () => {
    expect(choseongForms("컨테이너 런타임")).toEqual(["ㅋㅌㅇㄴ", "ㄹㅌㅇ", "ㅋㅌㅇㄴㄹㅌㅇ"]);
    expect(isChoseongQuery("ㅋㅌㅇㄴ")).toBe(true);
    expect(isChoseongQuery("컨테")).toBe(false);
  });
});
