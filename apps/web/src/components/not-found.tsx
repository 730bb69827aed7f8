/** An unknown concept id: say so, and offer the API's suggestions (or search hits for the id) as links. */
import type { Language } from "@kubenotes/core";
import { searchConcepts } from "../api/client";
import { useResource } from "../hooks/use-resource";
import type { Messages } from "../i18n/messages";
import { ConceptLinkList } from "./concept-link-list";

export interface NotFoundProps {
  id: string;
  lang: Language;
  messages: Messages;
  /** Closest ids from the API's 404, best first. */
  suggestions: string[];
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string | undefined;
  kindOf: (id: string) => string | undefined;
}

export function NotFound(props: NotFoundProps) {
  const { messages: t } = props;
  // No suggestion from the API: the search may still find something close (e.g. a Korean name in the URL).
  const fallback = useResource(
    props.suggestions.length === 0 ? `${props.lang}:${props.id}` : undefined,
    (signal) => searchConcepts(props.id.replace(/[-_]+/g, " "), props.lang, 5, signal),
  );
  const suggestions: string[] =
    props.suggestions.length > 0
      ? props.suggestions
      : fallback.status === "ready"
        ? fallback.data.map((hit) => hit.id)
        : [];
  return (
    <div className="not-found" role="alert" data-testid="not-found">
      <h2 tabIndex={-1}>{t.notFoundTitle}</h2>
      <p>{t.notFoundBody(props.id)}</p>
      {suggestions.length > 0 ? (
        <>
          <p className="muted">{t.notFoundSuggestions}</p>
          <ConceptLinkList
            ids={suggestions}
            className="suggestions"
            hrefFor={props.hrefFor}
            onSelect={props.onSelect}
            nameOf={props.nameOf}
            kindOf={props.kindOf}
          />
        </>
      ) : fallback.status === "loading" ? null : (
        <p className="muted">{t.notFoundNone}</p>
      )}
    </div>
  );
}
