/**
 * The request path through a service mesh as a sequence diagram: workload → its sidecar proxy → the other
 * workload's sidecar proxy → that workload, with the mesh control plane configuring both proxies. The names
 * come from the graph; each optional step is drawn only when its concept exists.
 */
import type { KnowledgeGraph, Language } from "@kubenotes/core";
import { LABELS } from "../labels.js";
import { mermaidMessage } from "./mermaid-text.js";

/** Concept ids the picture draws on; documented in docs/exporter.md. */
export const REQUEST_PATH_CONCEPTS = {
  proxy: "sidecar-proxy",
  controlPlane: "mesh-control-plane",
  mutualTls: "mtls",
} as const;

/** @returns Mermaid source, or undefined when the graph has no sidecar proxy concept */
export function requestPathDiagram(graph: KnowledgeGraph, lang: Language): string | undefined {
  const name = (id: string) =>
    graph.hasNode(id) ? mermaidMessage(graph.getNodeAttributes(id).name[lang]) : undefined;
  const proxy = name(REQUEST_PATH_CONCEPTS.proxy);
  if (proxy === undefined) return undefined;
  const controlPlane = name(REQUEST_PATH_CONCEPTS.controlPlane);
  const mutualTls = name(REQUEST_PATH_CONCEPTS.mutualTls);
  const workload = LABELS.workload[lang];
  const request = LABELS.request[lang];
  const response = LABELS.response[lang];
  const between = (message: string) => (mutualTls ? `${message} (${mutualTls})` : message);
  const lines = [
    "sequenceDiagram",
    `  participant A as ${workload} A`,
    `  participant PA as ${proxy} A`,
    `  participant PB as ${proxy} B`,
    `  participant B as ${workload} B`,
  ];
  if (controlPlane) {
    const pushed = mutualTls
      ? `${LABELS.configuration[lang]}, ${LABELS.certificates[lang]}`
      : LABELS.configuration[lang];
    lines.push(`  participant CP as ${controlPlane}`, `  CP-->>PA: ${pushed}`, `  CP-->>PB: ${pushed}`);
  }
  lines.push(
    `  A->>PA: ${request}`,
    `  PA->>PB: ${between(request)}`,
    `  PB->>B: ${request}`,
    `  B-->>PB: ${response}`,
    `  PB-->>PA: ${between(response)}`,
    `  PA-->>A: ${response}`,
  );
  return lines.join("\n");
}
