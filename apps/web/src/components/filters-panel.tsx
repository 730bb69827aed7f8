/** Filters by kind, tag, level and relation type: toggle chips; an empty group filters nothing. */
import type { Label, Language } from "@kubenotes/core";
import type { SchemaData } from "../api/client";
import { kindColor } from "../graph/palette";
import type { Messages } from "../i18n/messages";
import { countFilters, type Filters } from "../state/view-state";

export interface FiltersPanelProps {
  id: string;
  lang: Language;
  messages: Messages;
  schema: SchemaData;
  filters: Filters;
  /** Values present in the graph, so no chip filters to nothing. */
  present: { kinds: Set<string>; tags: Set<string>; levels: Set<string>; relations: Set<string> };
  onChange: (filters: Filters) => void;
  onClose: () => void;
}

function toggle(list: string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value].sort();
}

export function FiltersPanel(props: FiltersPanelProps) {
  const { messages: t, schema, filters, lang, present } = props;
  const group = (
    key: keyof Filters,
    title: string,
    labels: Record<string, Label | { label: Label }>,
    available: Set<string>,
    withDot = false,
  ) => {
    const values = Object.keys(labels).filter(
      (value) => available.has(value) || filters[key].includes(value),
    );
    if (values.length === 0) return null;
    return (
      <fieldset className="filter-group">
        <legend>{title}</legend>
        <div className="chips">
          {values.map((value) => {
            const entry = labels[value];
            const label =
              entry && "label" in entry ? entry.label[lang] : (entry as Label | undefined)?.[lang];
            const on = filters[key].includes(value);
            return (
              <button
                key={value}
                type="button"
                className={`chip ${on ? "chip-on" : ""}`}
                aria-pressed={on}
                data-filter={`${key}:${value}`}
                onClick={() => props.onChange({ ...filters, [key]: toggle(filters[key], value) })}
              >
                {withDot ? (
                  <span className="kind-dot" style={{ background: kindColor(value) }} aria-hidden="true" />
                ) : null}
                {label ?? value}
              </button>
            );
          })}
        </div>
      </fieldset>
    );
  };
  const active = countFilters(filters);
  return (
    <section id={props.id} className="filters" aria-label={t.filtersTitle}>
      <header className="filters-header">
        <h2>{t.filtersTitle}</h2>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label={t.close}>
          ✕
        </button>
      </header>
      {group("kinds", t.filterKind, schema.kinds, present.kinds, true)}
      {group("levels", t.filterLevel, schema.levels, present.levels)}
      {group("tags", t.filterTag, schema.tags, present.tags)}
      {group("relations", t.filterRelation, schema.relationTypes, present.relations)}
      <footer className="filters-footer">
        <span className="muted small">{active > 0 ? t.filterActive(active) : ""}</span>
        <button
          type="button"
          className="link-button"
          disabled={active === 0}
          onClick={() => props.onChange({ kinds: [], tags: [], levels: [], relations: [] })}
        >
          {t.filterClear}
        </button>
      </footer>
    </section>
  );
}
