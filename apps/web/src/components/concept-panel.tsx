/**
 * The side panel for a selected concept: names, summary, status, neighborhood depth, path finder, the body,
 * relations grouped by type, learning path and sources. Every concept mentioned is a link.
 */
import type { Language } from "@kubenotes/core";
import { Suspense } from "react";
import type { ConceptDetail, LearningPathData, PathData, SchemaData } from "../api/client";
import { kindColor } from "../graph/palette";
import type { Resource } from "../hooks/use-resource";
import type { Messages } from "../i18n/messages";
import type { Depth } from "../state/view-state";
import { ConceptLink } from "./concept-link";
import { LazyMarkdownBody } from "./lazy-markdown-body";
import { PathSection } from "./path-section";
import { RelationGroups } from "./relation-groups";
import { SearchBox } from "./search-box";

export interface PanelContext {
  lang: Language;
  messages: Messages;
  schema: SchemaData;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string | undefined;
  kindOf: (id: string) => string | undefined;
}

export interface ConceptPanelProps extends PanelContext {
  concept: ConceptDetail;
  /** The concept's name in the other language, shown under the title. */
  otherName?: string;
  learningPath: Resource<LearningPathData>;
  depth: Depth;
  onDepth: (depth: Depth) => void;
  pathTo?: string;
  path: Resource<PathData>;
  onPathTo: (id: string | undefined) => void;
}

export function ConceptPanel(props: ConceptPanelProps) {
  const { concept, lang, messages: t, schema } = props;
  const otherLang: Language = lang === "ko" ? "en" : "ko";
  const otherName = props.otherName;
  const replacements = concept.relations.outgoing.filter((relation) => relation.type === "replaced-by");
  const kindLabel = (kind: string) => schema.kinds[kind as keyof SchemaData["kinds"]]?.[lang] ?? kind;

  return (
    <article className="concept" aria-labelledby="concept-title" data-concept-id={concept.id}>
      <header className="concept-header">
        <div className="concept-badges">
          <span className="badge badge-kind">
            <span className="kind-dot" style={{ background: kindColor(concept.kind) }} aria-hidden="true" />
            {kindLabel(concept.kind)}
          </span>
          <span className={`badge badge-level level-${concept.level}`}>
            {schema.levels[concept.level]?.[lang]}
          </span>
          {concept.status !== "current" ? (
            <span className={`badge badge-status status-${concept.status}`}>
              {schema.statuses[concept.status]?.[lang]}
            </span>
          ) : null}
          {concept.date ? <span className="badge">{concept.date}</span> : null}
        </div>
        <h2 id="concept-title" className="concept-title" tabIndex={-1}>
          {concept.name}
        </h2>
        {otherName && otherName !== concept.name ? (
          <p className="concept-subtitle" lang={otherLang}>
            {otherName}
          </p>
        ) : null}
        {concept.aka.length > 0 ? (
          <p className="concept-aka">
            <span className="muted">{t.aka}: </span>
            {concept.aka.join(" · ")}
          </p>
        ) : null}
      </header>

      <p className="concept-summary">{concept.summary}</p>

      {concept.status !== "current" ? (
        <div className={`callout callout-${concept.status}`} role="note">
          <strong>{schema.statuses[concept.status]?.[lang]}</strong>
          {replacements.length > 0 ? (
            <>
              {" · "}
              {t.replacedBy}:{" "}
              {replacements.map((relation, index) => (
                <span key={relation.target}>
                  {index > 0 ? ", " : null}
                  <ConceptLink
                    id={relation.target}
                    href={props.hrefFor(relation.target)}
                    onSelect={props.onSelect}
                  >
                    {relation.targetName}
                  </ConceptLink>
                </span>
              ))}
            </>
          ) : null}
        </div>
      ) : null}

      <section className="concept-tools" aria-label={`${t.neighborhood} / ${t.pathTitle}`}>
        <fieldset className="tool-row">
          <legend className="tool-label">{t.neighborhood}</legend>
          <div className="segmented">
            {([1, 2, 3] as const).map((depth) => (
              <label key={depth} className={props.depth === depth ? "active" : ""}>
                <input
                  type="radio"
                  name="depth"
                  value={depth}
                  checked={props.depth === depth}
                  onChange={() => props.onDepth(depth)}
                />
                {t.depth(depth)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="tool-row tool-row-path">
          <span className="tool-label">{t.pathTitle}</span>
          <SearchBox
            className="search-small"
            lang={lang}
            messages={t}
            label={t.pathTo}
            placeholder={t.pathPlaceholder}
            onPick={(id) => props.onPathTo(id)}
            nameOf={props.nameOf}
            kindOf={props.kindOf}
            kindLabel={kindLabel}
          />
        </div>
        {props.pathTo ? <PathSection {...props} pathTo={props.pathTo} /> : null}
      </section>

      <section className="concept-section">
        <h3>{t.body}</h3>
        <Suspense fallback={<p className="muted small">{t.loadingConcept}</p>}>
          <LazyMarkdownBody
            markdown={concept.body}
            messages={t}
            hrefFor={props.hrefFor}
            onSelect={props.onSelect}
          />
        </Suspense>
      </section>

      <section className="concept-section">
        <h3>{t.relations}</h3>
        <RelationGroups {...props} />
      </section>

      <section className="concept-section">
        <h3>{t.learningPath}</h3>
        {props.learningPath.status === "ready" ? (
          props.learningPath.data.steps.length > 0 ? (
            <>
              <p className="muted small">{t.learningPathIntro}</p>
              <ol className="learning-path">
                {props.learningPath.data.steps.map((step) => (
                  <li key={step.id}>
                    <ConceptLink
                      id={step.id}
                      href={props.hrefFor(step.id)}
                      onSelect={props.onSelect}
                      kind={step.kind}
                    >
                      {step.name}
                    </ConceptLink>
                  </li>
                ))}
                <li aria-current="step" className="learning-path-here">
                  {concept.name}
                </li>
              </ol>
            </>
          ) : (
            <p className="muted small">{t.learningPathEmpty}</p>
          )
        ) : (
          <p className="muted small">{t.loadingConcept}</p>
        )}
      </section>

      <section className="concept-section">
        <h3>{t.sources}</h3>
        <ul className="sources">
          {concept.sources.map((source) => (
            <li key={source.url}>
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
              <span className="source-host">{hostOf(source.url)}</span>
            </li>
          ))}
        </ul>
      </section>

      <footer className="concept-tags">
        {concept.tags.map((tag) => (
          <span key={tag.id} className="tag">
            #{tag.label}
          </span>
        ))}
      </footer>
    </article>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "";
  }
}
