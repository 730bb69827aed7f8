/** Which colour is which kind (only kinds present in the graph); a click toggles that kind's filter. */
import type { Language } from "@kubenotes/core";
import { useState } from "react";
import type { SchemaData } from "../api/client";
import { kindColor } from "../graph/palette";
import type { Messages } from "../i18n/messages";

export interface LegendProps {
  lang: Language;
  messages: Messages;
  schema: SchemaData;
  kinds: Set<string>;
  selectedKinds: string[];
  onToggleKind: (kind: string) => void;
}

/** Phones start with the legend folded, so it does not cover the small canvas. */
const WIDE_SCREEN = "(min-width: 761px)";

export function Legend({ lang, messages, schema, kinds, selectedKinds, onToggleKind }: LegendProps) {
  const entries = Object.entries(schema.kinds).filter(([kind]) => kinds.has(kind));
  const [open] = useState(() => window.matchMedia?.(WIDE_SCREEN).matches ?? true);
  return (
    <details className="legend" open={open}>
      <summary>{messages.legend}</summary>
      <ul>
        {entries.map(([kind, label]) => {
          const dimmed = selectedKinds.length > 0 && !selectedKinds.includes(kind);
          return (
            <li key={kind}>
              <button
                type="button"
                className={`legend-item ${dimmed ? "legend-dimmed" : ""}`}
                aria-pressed={selectedKinds.includes(kind)}
                onClick={() => onToggleKind(kind)}
              >
                <span className="kind-dot" style={{ background: kindColor(kind) }} aria-hidden="true" />
                {label[lang]}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="legend-note">
        <span className="size-dots" aria-hidden="true">
          <i />
          <i />
          <i />
        </span>
        {messages.legendSize}
      </p>
    </details>
  );
}
