/** How far into the subject a concept sits, declared once with ko/en labels. */
import type { Label } from "./bilingual.js";

export const LEVEL_LABELS = {
  fundamental: { ko: "기초", en: "Fundamental" },
  intermediate: { ko: "중급", en: "Intermediate" },
  advanced: { ko: "고급", en: "Advanced" },
} as const satisfies Record<string, Label>;

export type Level = keyof typeof LEVEL_LABELS;
export const LEVELS = Object.keys(LEVEL_LABELS) as [Level, ...Level[]];

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && Object.hasOwn(LEVEL_LABELS, value);
}
