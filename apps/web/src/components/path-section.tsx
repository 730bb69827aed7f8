/** The highlighted path from the selected concept to another, step by step, with how each step reads. */
import { ApiError, type PathData, type SchemaData } from "../api/client";
import type { Resource } from "../hooks/use-resource";
import { ConceptLink } from "./concept-link";
import type { PanelContext } from "./concept-panel";

export interface PathSectionProps extends PanelContext {
  pathTo: string;
  path: Resource<PathData>;
  onPathTo: (id: string | undefined) => void;
}

export function PathSection(props: PathSectionProps) {
  const { path, messages: t, schema, lang } = props;
  const spec = (type: string) => schema.relationTypes[type as keyof SchemaData["relationTypes"]];
  const link = (id: string, name: string, kind: string) => (
    <ConceptLink id={id} href={props.hrefFor(id)} onSelect={props.onSelect} kind={kind}>
      {name}
    </ConceptLink>
  );
  return (
    <div className="path" aria-live="polite" data-testid="path">
      <div className="path-header">
        <strong>
          {path.status === "ready" ? t.pathSteps(path.data.edges.length) : t.pathTitle}
          {" → "}
          {props.nameOf(props.pathTo) ?? props.pathTo}
        </strong>
        <button type="button" className="link-button" onClick={() => props.onPathTo(undefined)}>
          {t.pathClear}
        </button>
      </div>
      {path.status === "loading" ? <p className="muted small">{t.loadingConcept}</p> : null}
      {path.status === "error" ? (
        <p className="muted small">
          {path.error instanceof ApiError && path.error.status === 404 ? t.pathNone : t.graphError}
        </p>
      ) : null}
      {path.status === "ready" ? (
        <ol className="path-steps">
          {path.data.nodes.map((node, index) => {
            const edge = path.data.edges[index];
            const next = path.data.nodes[index + 1];
            const forward = edge ? edge.source === node.id : true;
            const relation = edge ? spec(edge.type) : undefined;
            return (
              <li key={node.id}>
                {link(node.id, node.name, node.kind)}
                {edge && next ? (
                  <span className="path-relation">
                    {forward ? "↓ " : "↑ "}
                    {forward ? edge.label : (relation?.inverse[lang] ?? edge.type)}
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </div>
  );
}
