/** The kinds of concept, declared once with their ko/en labels. */
import type { Label } from "./bilingual.js";

export const KIND_LABELS = {
  technology: { ko: "기술", en: "Technology" },
  component: { ko: "컴포넌트", en: "Component" },
  concept: { ko: "개념", en: "Concept" },
  artifact: { ko: "아티팩트", en: "Artifact" },
  instruction: { ko: "지시어", en: "Instruction" },
  command: { ko: "명령어", en: "Command" },
  tool: { ko: "도구", en: "Tool" },
  resource: { ko: "리소스", en: "Resource" },
  organization: { ko: "조직", en: "Organization" },
  event: { ko: "사건", en: "Event" },
} as const satisfies Record<string, Label>;

export type Kind = keyof typeof KIND_LABELS;
export const KINDS = Object.keys(KIND_LABELS) as [Kind, ...Kind[]];

export function isKind(value: unknown): value is Kind {
  return typeof value === "string" && Object.hasOwn(KIND_LABELS, value);
}
