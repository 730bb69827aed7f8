/** Safe Mermaid identifiers and labels: concept ids and names never break the diagram's syntax. */

/** `kube-apiserver` → `c_kube_apiserver` (prefix avoids keywords such as `end`; `_` avoids `-->` confusion). */
export function mermaidId(conceptId: string): string {
  return `c_${conceptId.replace(/-/g, "_")}`;
}

/** A quoted label: `"` becomes Mermaid's entity, line breaks become spaces. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/"/g, "#quot;").replace(/\s+/g, " ").trim()}"`;
}

/** Text after `:` in a sequence diagram message or `as` alias: no `;`, `#` or line breaks. */
export function mermaidMessage(text: string): string {
  return text
    .replace(/[;#\n\r]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
