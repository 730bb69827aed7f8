/** The exporter's own words in both languages (section names, diagram captions); content text comes from the graph. */
import type { Bilingual } from "@kubenotes/core";

export const LABELS = {
  relations: { ko: "관계", en: "Relations" },
  backlinks: { ko: "역링크", en: "Backlinks" },
  sources: { ko: "출처", en: "Sources" },
  chronology: { ko: "연표", en: "Timeline" },
  status: { ko: "상태", en: "Status" },
  date: { ko: "날짜", en: "Date" },
  kind: { ko: "종류", en: "Kind" },
  kinds: { ko: "종류", en: "Kinds" },
  tag: { ko: "태그", en: "Tag" },
  tags: { ko: "태그", en: "Tags" },
  level: { ko: "수준", en: "Level" },
  concepts: { ko: "개념", en: "Concepts" },
  index: { ko: "kubenotes 색인", en: "kubenotes index" },
  indexIntro: {
    ko: "컨테이너, 도커, 쿠버네티스, 서비스 메시에 대한 지식 그래프의 개념 노트다.",
    en: "Concept notes from the knowledge graph of containers, Docker, Kubernetes and service meshes.",
  },
  conceptCount: { ko: "개념 수", en: "Concepts" },
  backToIndex: { ko: "색인으로", en: "Back to the index" },
  seeSection: { ko: "「{}」 절 참고", en: "see “{}”" },
  inThisSection: { ko: "이 절에서 함께 다루는 개념", en: "Also covered in this section" },
  diagramArchitecture: { ko: "구성 요소", en: "Components" },
  workload: { ko: "워크로드", en: "Workload" },
  request: { ko: "요청", en: "request" },
  response: { ko: "응답", en: "response" },
  configuration: { ko: "구성", en: "configuration" },
  certificates: { ko: "인증서", en: "certificates" },
} as const satisfies Record<string, Bilingual>;

export type LabelKey = keyof typeof LABELS;
