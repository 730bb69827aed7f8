/**
 * Where each concept of an outline is written in full: the deepest section that lists it (the most specific
 * one; the first of those on a tie). Other sections that list it only name it, so nothing is written twice.
 */
import type { NoteOutline } from "@kubenotes/core";

/** @returns concept id → index of its home section in `outline.sections` */
export function homeSections(outline: NoteOutline): Map<string, number> {
  const homes = new Map<string, number>();
  outline.sections.forEach((section, index) => {
    for (const id of section.concepts) {
      const current = homes.get(id);
      if (current === undefined || (outline.sections[current]?.level ?? 0) < section.level)
        homes.set(id, index);
    }
  });
  return homes;
}
