/**
 * Jekyll's post file name: `YYYY-MM-DD-<outline id>.md`; the English post adds `-en` so both can share one
 * `_posts` folder. A year or year-month outline date is completed with `-01`.
 */
import type { Language, NoteOutline } from "@kubenotes/core";

export function postDate(outline: NoteOutline): string {
  const [year, month = "01", day = "01"] = outline.front.date.split("-");
  return `${year}-${month}-${day}`;
}

export function postFileName(outline: NoteOutline, lang: Language): string {
  return `${postDate(outline)}-${outline.id}${lang === "en" ? "-en" : ""}.md`;
}
