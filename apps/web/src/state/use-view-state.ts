/** A tiny history-API router: the view state lives in the URL; `navigate` pushes (or replaces) an entry. */
import type { Language } from "@kubenotes/core";
import { useCallback, useEffect, useState } from "react";
import { LANGUAGE_STORAGE_KEY } from "../config";
import { formatViewState, parseViewState, type ViewState } from "./view-state";

function rememberedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    if (stored === "ko" || stored === "en") return stored;
  } catch {
    // Storage can be disabled (private mode); the default language still works.
  }
  // Korean first (the API's default too); English is one click away and remembered.
  return "ko";
}

function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // See rememberedLanguage.
  }
}

function readLocation(): ViewState {
  return parseViewState(window.location.pathname, window.location.search, rememberedLanguage());
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (default false). */
  replace?: boolean;
}

export function useViewState(): [ViewState, (next: ViewState, options?: NavigateOptions) => void] {
  const [state, setState] = useState<ViewState>(readLocation);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount; later URLs come from navigate.
  useEffect(() => {
    // Write the canonical URL once (adds the language), without a new history entry.
    const url = formatViewState(state);
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, "", url);
    const onPopState = () => setState(readLocation());
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, []);

  const navigate = useCallback((next: ViewState, options: NavigateOptions = {}) => {
    const url = formatViewState(next);
    const current = window.location.pathname + window.location.search;
    if (url !== current) {
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    }
    rememberLanguage(next.lang);
    setState(next);
  }, []);

  return [state, navigate];
}
