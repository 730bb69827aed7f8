import type { NoteOutline } from "@kubenotes/core";
import { expect, it } from "vitest";
import { homeSections } from "./home-sections.js";
import { postFileName } from "./post-file-name.js";

const section = (level: number, concepts: string[]) => ({
  level,
  origin: "seed" as const,
  heading: { ko: "h", en: "h" },
  concepts,
});

const outline: NoteOutline = {
  id: "note",
  front: { title: { ko: "t", en: "t" }, categories: ["c"], tags: ["t"], date: "2026-03" },
  intro: { ko: "i", en: "i" },
  sections: [
    section(2, ["cluster", "control-plane", "node"]),
    section(3, ["control-plane"]),
    section(3, ["node"]),
    section(3, ["node"]),
  ],
};

it("writes each concept in the deepest section that lists it, the first of those on a tie", () => {
  expect(Object.fromEntries(homeSections(outline))).toEqual({ cluster: 0, "control-plane": 1, node: 2 });
});

it("names the post file as Jekyll expects, completing a partial date", () => {
  expect(postFileName(outline, "ko")).toBe("2026-03-01-note.md");
  expect(postFileName(outline, "en")).toBe("2026-03-01-note-en.md");
});
