/** The canonical URL of a resource under the API base, with its validated query in a stable order. */
import { API_BASE } from "./api-base.js";

/** @param query validated parameters; undefined values are left out, lists are comma-joined */
export function canonicalUrl(path: string, query: Readonly<Record<string, unknown>> = {}): string {
  const search = new URLSearchParams();
  for (const name of Object.keys(query).sort()) {
    const value = query[name];
    if (value === undefined) continue;
    search.set(name, Array.isArray(value) ? value.join(",") : String(value));
  }
  const text = search.toString();
  return `${API_BASE}${path}${text ? `?${text}` : ""}`;
}

/** Headers of a resource reached through an alias or name (`key` ≠ canonical `id`): where its canonical URL is. */
export function canonicalHeaders(key: string, id: string, url: string): Record<string, string> {
  return key === id ? {} : { "Content-Location": url, Link: `<${url}>; rel="canonical"` };
}
