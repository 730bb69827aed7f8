/**
 * Relation types: typed, directed, declared once with a label and an inverse label in both languages.
 * An edge `A --type--> B` is authored in A's file; B sees it through the inverse label, never authored twice.
 */
import type { Label } from "./bilingual.js";

export interface RelationTypeSpec {
  /** How the edge reads from its source: "A <label> B". */
  label: Label;
  /** How the edge reads from its target: "B <inverse> A". */
  inverse: Label;
  /** True when the relation must never form a cycle (taxonomies, containment, study order). */
  acyclic: boolean;
  /** True when "A r B" means the same as "B r A" (inverse label equals label). */
  symmetric: boolean;
  /** True when the relation contributes to learning paths (learn the target before the source). */
  learningOrder: boolean;
  /** What the relation means, for the content guide and `/schema`. */
  description: Label;
}

export const RELATION_TYPES = {
  "is-a": {
    label: { ko: "~의 한 종류", en: "is a" },
    inverse: { ko: "하위 종류", en: "has subtype" },
    acyclic: true,
    symmetric: false,
    learningOrder: true,
    description: {
      ko: "A는 B의 한 종류다 (Deployment is-a 워크로드 리소스).",
      en: "A is a kind of B (Deployment is-a workload resource).",
    },
  },
  "part-of": {
    label: { ko: "~의 일부", en: "part of" },
    inverse: { ko: "구성 요소", en: "has part" },
    acyclic: true,
    symmetric: false,
    learningOrder: true,
    description: {
      ko: "A는 B를 이루는 부분이다 (kube-apiserver part-of 컨트롤 플레인).",
      en: "A is a part of B (kube-apiserver part-of control plane).",
    },
  },
  "instance-of": {
    label: { ko: "~의 인스턴스", en: "instance of" },
    inverse: { ko: "인스턴스", en: "has instance" },
    acyclic: true,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B의 구체적인 예다 (alpine 이미지 instance-of 베이스 이미지).",
      en: "A is a concrete example of B (the alpine image instance-of base image).",
    },
  },
  "built-from": {
    label: { ko: "~로 만들어짐", en: "built from" },
    inverse: { ko: "~을 만듦", en: "builds" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B로부터 만들어진다 (이미지 built-from Dockerfile).",
      en: "A is produced from B (image built-from Dockerfile).",
    },
  },
  uses: {
    label: { ko: "사용", en: "uses" },
    inverse: { ko: "~에서 사용됨", en: "used by" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: { ko: "A는 동작하기 위해 B를 사용한다.", en: "A relies on B to work." },
  },
  "runs-on": {
    label: { ko: "~에서 실행됨", en: "runs on" },
    inverse: { ko: "실행함", en: "runs" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B 위에서 실행된다 (kubelet runs-on 노드).",
      en: "A runs on B (kubelet runs-on node).",
    },
  },
  manages: {
    label: { ko: "관리", en: "manages" },
    inverse: { ko: "~가 관리함", en: "managed by" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: { ko: "A는 B의 수명 주기나 상태를 관리한다.", en: "A manages the lifecycle or state of B." },
  },
  stores: {
    label: { ko: "저장", en: "stores" },
    inverse: { ko: "~에 저장됨", en: "stored in" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B를 저장한다 (etcd stores 클러스터 데이터).",
      en: "A stores B (etcd stores cluster data).",
    },
  },
  "created-by": {
    label: { ko: "만든 주체", en: "created by" },
    inverse: { ko: "만든 것", en: "created" },
    acyclic: false,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B가 만들었다 (도커 created-by Docker Inc.).",
      en: "A was created by B (Docker created-by Docker Inc.).",
    },
  },
  "replaced-by": {
    label: { ko: "~로 대체됨", en: "replaced by" },
    inverse: { ko: "~을 대체함", en: "replaces" },
    acyclic: true,
    symmetric: false,
    learningOrder: false,
    description: {
      ko: "A는 B로 대체되었다 (dockershim replaced-by CRI 런타임).",
      en: "A was superseded by B (dockershim replaced-by CRI runtimes).",
    },
  },
  "alternative-to": {
    label: { ko: "대안", en: "alternative to" },
    inverse: { ko: "대안", en: "alternative to" },
    acyclic: false,
    symmetric: true,
    learningOrder: false,
    description: {
      ko: "A와 B는 같은 문제를 푸는 다른 선택지다.",
      en: "A and B solve the same problem in different ways.",
    },
  },
  prerequisite: {
    label: { ko: "선수 지식", en: "requires first" },
    inverse: { ko: "~의 선수 지식", en: "prerequisite for" },
    acyclic: true,
    symmetric: false,
    learningOrder: true,
    description: { ko: "A를 배우기 전에 B를 먼저 알아야 한다.", en: "Learn B before A." },
  },
  "related-to": {
    label: { ko: "관련", en: "related to" },
    inverse: { ko: "관련", en: "related to" },
    acyclic: false,
    symmetric: true,
    learningOrder: false,
    description: {
      ko: "A와 B는 함께 알아두면 좋은 관련 개념이다 (다른 관계가 맞지 않을 때만).",
      en: "A and B are worth knowing together (only when no other relation fits).",
    },
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_IDS = Object.keys(RELATION_TYPES) as [RelationType, ...RelationType[]];

/** Relation types that must not form cycles, each on its own. */
export const ACYCLIC_RELATION_TYPES = RELATION_TYPE_IDS.filter((type) => RELATION_TYPES[type].acyclic);
/** Relation types followed, source → target, to find what to learn first. */
export const LEARNING_ORDER_RELATION_TYPES = RELATION_TYPE_IDS.filter(
  (type) => RELATION_TYPES[type].learningOrder,
);

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === "string" && Object.hasOwn(RELATION_TYPES, value);
}
