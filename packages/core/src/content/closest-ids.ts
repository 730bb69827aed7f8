/** Suggests the closest existing ids for a misspelled one (edit distance, then shared prefix). */
import { distance } from "fastest-levenshtein";

/**
 * @param wanted the id that did not resolve
 * @param candidates existing ids
 * @param limit how many to return (default 3)
 */
export function closestIds(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = wanted.toLowerCase();
  const scored: { id: string; score: number }[] = [];
  for (const id of candidates) {
    const contains = id.includes(needle) || (needle.length >= 3 && needle.includes(id));
    // One id containing the other ("apiserver" / "kube-apiserver") counts as a near miss, but a closer spelling wins.
    const edits = distance(needle, id);
    const score = contains ? Math.min(edits, 1.5) : edits;
    scored.push({ id, score });
  }
  const threshold = Math.max(2, Math.floor(needle.length / 2));
  return scored
    .filter((entry) => entry.score <= threshold)
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}
