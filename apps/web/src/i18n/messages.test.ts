import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";

describe("UI copy", () => {
  it("has every message in Korean and English, none empty", () => {
    const ko = Object.keys(MESSAGES.ko).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(ko);
    for (const lang of ["ko", "en"] as const) {
      for (const [key, value] of Object.entries(MESSAGES[lang])) {
        const text =
          typeof value === "function" ? (value as (arg: number & string) => string)(2 as never) : value;
        expect(text.trim().length, `${lang}.${key}`).toBeGreaterThan(0);
      }
    }
  });
});
