/**
 * The embedded knowledge as a learner relies on it: valid, complete for the seed note, no TODO left,
 * Korean terms from the Kubernetes Korean localization glossary.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  createSearchIndex,
  type KnowledgeGraph,
  loadKnowledge,
  parseOutline,
  searchConcepts,
} from "@kubenotes/core";
import { beforeAll, describe, expect, it } from "vitest";
import { conceptsDirectory, outlinesDirectory, seedOutlinePath } from "./index.js";
import { readSeedOutline } from "./read-seed-outline.js";

/** The ids issue #3 promises, so links into the knowledge stay stable. */
const REQUIRED_IDS = [
  "docker",
  "docker-inc",
  "microservices-architecture",
  "container",
  "virtual-machine",
  "union-file-system",
  "overlay-network",
  "image",
  "image-layer",
  "dockerfile",
  "dockerfile-from",
  "dockerfile-run",
  "dockerfile-workdir",
  "dockerfile-copy",
  "dockerfile-cmd",
  "base-image",
  "alpine-linux",
  "docker-build",
  "docker-hub",
  "docker-run",
  "docker-compose",
  "kubernetes",
  "kubectl",
  "control-plane",
  "kube-controller-manager",
  "kube-apiserver",
  "kube-scheduler",
  "node",
  "kubelet",
  "container-runtime",
  "kubernetes-object",
  "object-spec",
  "object-status",
  "manifest",
  "service-mesh",
];

/** name.ko for terms the Kubernetes Korean localization glossary fixes (content/ko/docs/contribute/localization_ko.md). */
const GLOSSARY = {
  "control-plane": "컨트롤 플레인",
  pod: "파드",
  service: "서비스",
  deployment: "디플로이먼트",
  "desired-state": "의도한 상태",
  manifest: "매니페스트",
  "service-mesh": "서비스 메시",
  namespace: "네임스페이스",
  configmap: "컨피그맵",
  secret: "시크릿",
  "init-container": "초기화 컨테이너",
  taint: "테인트",
  toleration: "톨러레이션",
} as const;

let graph: KnowledgeGraph;
beforeAll(async () => {
  graph = await loadKnowledge(conceptsDirectory);
});

describe("the embedded knowledge", () => {
  it("is valid and holds at least 220 concepts", () => {
    expect(graph.order).toBeGreaterThanOrEqual(220);
  });

  it("has every id the seed note needs", () => {
    const missing = REQUIRED_IDS.filter((id) => !graph.hasNode(id));
    expect(missing).toEqual([]);
  });

  it("knows the control plane by its legacy name", () => {
    const aka = graph.getNodeAttribute("control-plane", "aka");
    expect(aka).toContain("Master");
    expect(aka).toContain("마스터");
  });

  it("uses the Korean localization glossary's terms", () => {
    for (const [id, term] of Object.entries(GLOSSARY)) {
      expect.soft(graph.getNodeAttribute(id, "name").ko, id).toBe(term);
    }
  });

  it("is found the way a Korean or English learner searches", () => {
    const index = createSearchIndex(graph);
    const cases = {
      컨테이: "container",
      컨테이너를: "container",
      ㅋㅌㅇㄴ: "container",
      ㅋㅂㄴㅌㅅ: "kubernetes",
      master: "control-plane",
      마스터: "control-plane",
      파드는: "pod",
      "API 서버": "kube-apiserver",
      kublet: "kubelet",
      "서비스 메시": "service-mesh",
      "docker run": "docker-run",
    };
    for (const [query, id] of Object.entries(cases)) {
      expect.soft(searchConcepts(graph, index, query)[0]?.id, query).toBe(id);
    }
  });

  it("has no TODO left in any concept or outline", () => {
    const offenders: string[] = [];
    for (const directory of [conceptsDirectory, outlinesDirectory]) {
      for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        if (path === seedOutlinePath) continue; // the seed's own headings, verbatim
        if (/\bTODO\b/.test(readFileSync(path, "utf8"))) offenders.push(path);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe("the seed note's outline", () => {
  const seed = readSeedOutline(readFileSync(seedOutlinePath, "utf8"));
  const outlineFile = join(outlinesDirectory, "kubernetes-note.yaml");

  it("keeps the seed's front matter", () => {
    const outline = parseOutline(outlineFile, readFileSync(outlineFile, "utf8"), graph);
    expect(outline.front.title.ko).toBe(seed.title);
    expect(outline.front.categories).toEqual(seed.categories);
    expect(outline.front.tags).toEqual(seed.tags);
  });

  it("has every seed heading, at its level, in its order", () => {
    const outline = parseOutline(outlineFile, readFileSync(outlineFile, "utf8"), graph);
    const seedSections = outline.sections
      .filter((section) => section.origin === "seed")
      .map((section) => ({ level: section.level, text: section.seedHeading ?? section.heading.ko }));
    expect(seedSections).toEqual(seed.headings);
  });

  it("maps every section to concepts with body text in both languages", () => {
    const outline = parseOutline(outlineFile, readFileSync(outlineFile, "utf8"), graph);
    for (const section of outline.sections) {
      for (const id of section.concepts) {
        const { body } = graph.getNodeAttributes(id);
        expect(body.ko.length, `${id} ko`).toBeGreaterThan(80);
        expect(body.en.length, `${id} en`).toBeGreaterThan(80);
      }
    }
    expect(outline.sections.some((section) => section.concepts.includes("service-mesh"))).toBe(true);
  });
});
