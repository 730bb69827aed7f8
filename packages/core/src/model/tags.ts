/** The fixed tag taxonomy, declared once with ko/en labels. Add a tag here, with a reason, before using it. */
import type { Label } from "./bilingual.js";

export const TAG_LABELS = {
  docker: { ko: "도커", en: "Docker" },
  kubernetes: { ko: "쿠버네티스", en: "Kubernetes" },
  "service-mesh": { ko: "서비스 메시", en: "Service mesh" },
  linux: { ko: "리눅스", en: "Linux" },
  networking: { ko: "네트워킹", en: "Networking" },
  storage: { ko: "스토리지", en: "Storage" },
  security: { ko: "보안", en: "Security" },
  history: { ko: "역사", en: "History" },
  "container-runtime": { ko: "컨테이너 런타임", en: "Container runtime" },
  standards: { ko: "표준", en: "Standards" },
  images: { ko: "이미지", en: "Images" },
  build: { ko: "빌드", en: "Build" },
  cli: { ko: "CLI", en: "CLI" },
  architecture: { ko: "아키텍처", en: "Architecture" },
  workloads: { ko: "워크로드", en: "Workloads" },
  configuration: { ko: "구성", en: "Configuration" },
  scheduling: { ko: "스케줄링", en: "Scheduling" },
  "api-machinery": { ko: "API 메커니즘", en: "API machinery" },
  extensibility: { ko: "확장성", en: "Extensibility" },
  observability: { ko: "가시성", en: "Observability" },
  tooling: { ko: "도구", en: "Tooling" },
  "cloud-native": { ko: "클라우드 네이티브", en: "Cloud native" },
} as const satisfies Record<string, Label>;

export type Tag = keyof typeof TAG_LABELS;
export const TAGS = Object.keys(TAG_LABELS) as [Tag, ...Tag[]];

export function isTag(value: unknown): value is Tag {
  return typeof value === "string" && Object.hasOwn(TAG_LABELS, value);
}
