/**
 * Search with autocomplete (an ARIA combobox). Queries go to the API's Korean-aware search, so partial words,
 * particles, initial consonants (ㅋㅌㅇㄴ) and aka (`master`) behave exactly as in the API. Enter picks the
 * highlighted hit (the first by default), a click picks any; Escape closes, then clears.
 */
import type { Language } from "@kubenotes/core";
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef, useState } from "react";
import { type SearchHit, searchConcepts } from "../api/client";
import { SEARCH_DEBOUNCE_MS, SEARCH_LIMIT } from "../config";
import { kindColor } from "../graph/palette";
import type { Messages } from "../i18n/messages";

export interface SearchBoxProps {
  lang: Language;
  messages: Messages;
  label: string;
  placeholder: string;
  onPick: (id: string) => void;
  /** Name of a concept in the current language (hits may come without one). */
  nameOf: (id: string) => string | undefined;
  kindOf: (id: string) => string | undefined;
  kindLabel: (kind: string) => string;
  inputRef?: RefObject<HTMLInputElement | null>;
  className?: string;
  /** Shown at the right end of the empty input (e.g. the `/` shortcut). */
  shortcut?: string;
}

export function SearchBox(props: SearchBoxProps) {
  const { lang, messages, onPick, nameOf, kindOf, kindLabel } = props;
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [searched, setSearched] = useState("");
  const ownRef = useRef<HTMLInputElement>(null);
  const inputRef = props.inputRef ?? ownRef;
  const pending = useRef<AbortController | null>(null);
  const listId = useId();

  const run = (text: string): Promise<SearchHit[]> => {
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    return searchConcepts(text, lang, SEARCH_LIMIT, controller.signal).then((result) => {
      if (controller.signal.aborted) return result;
      setHits(result);
      setSearched(text);
      setActive(0);
      return result;
    });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `run` is recreated each render; the query and language are what trigger a search.
  useEffect(() => {
    const text = query.trim();
    if (!text) {
      pending.current?.abort();
      setHits([]);
      setSearched("");
      return;
    }
    const timer = window.setTimeout(() => {
      run(text).catch(() => undefined);
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query, lang]);

  useEffect(() => () => pending.current?.abort(), []);

  const pick = (id: string) => {
    setOpen(false);
    setQuery("");
    setHits([]);
    inputRef.current?.blur();
    onPick(id);
  };

  const onKeyDown = async (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (hits.length > 0) {
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((index) => (index + step + hits.length) % hits.length);
      }
    } else if (event.key === "Enter") {
      event.preventDefault();
      const text = query.trim();
      if (!text) return;
      // Enter before the debounced search answered: search now (not cancellable by typing), then pick the best hit.
      const fresh = searched !== text;
      const current = fresh ? await searchConcepts(text, lang, SEARCH_LIMIT).catch(() => []) : hits;
      const hit = current[fresh ? 0 : active] ?? current[0];
      if (hit) pick(hit.id);
      else setOpen(true);
    } else if (event.key === "Escape") {
      if (open && query) {
        event.stopPropagation();
        setOpen(false);
      } else if (query) {
        event.stopPropagation();
        setQuery("");
      } else {
        inputRef.current?.blur();
      }
    }
  };

  const showList = open && query.trim().length > 0 && searched === query.trim();
  const activeId = showList && hits[active] ? `${listId}-${active}` : undefined;

  return (
    <div className={`search ${props.className ?? ""}`}>
      <svg className="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label={props.label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {props.shortcut && !query ? (
        <span className="search-shortcut" aria-hidden="true">
          {props.shortcut}
        </span>
      ) : null}
      <div id={listId} role="listbox" className="search-results" hidden={!showList} aria-label={props.label}>
        {showList && hits.length === 0 ? <div className="search-empty">{messages.searchNoHits}</div> : null}
        {showList
          ? hits.map((hit, index) => {
              const kind = hit.kind ?? kindOf(hit.id) ?? "concept";
              return (
                <div
                  key={hit.id}
                  id={`${listId}-${index}`}
                  role="option"
                  tabIndex={-1}
                  aria-selected={index === active}
                  className="search-hit"
                  data-id={hit.id}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => setActive(index)}
                  onClick={() => pick(hit.id)}
                  onKeyDown={() => undefined}
                >
                  <span className="kind-dot" style={{ background: kindColor(kind) }} aria-hidden="true" />
                  <span className="search-hit-text">
                    <span className="search-hit-name">{hit.name || nameOf(hit.id) || hit.id}</span>
                    {hit.summary ? <span className="search-hit-summary">{hit.summary}</span> : null}
                  </span>
                  <span className="search-hit-kind">{kindLabel(kind)}</span>
                </div>
              );
            })
          : null}
      </div>
    </div>
  );
}
