/** Whether a concept is the current way, deprecated, or kept as history. */
import type { Label } from "./bilingual.js";

export const STATUS_LABELS = {
  current: { ko: "현행", en: "Current" },
  deprecated: { ko: "사용 중단 예정", en: "Deprecated" },
  legacy: { ko: "레거시", en: "Legacy" },
} as const satisfies Record<string, Label>;

export type Status = keyof typeof STATUS_LABELS;
export const STATUSES = Object.keys(STATUS_LABELS) as [Status, ...Status[]];
