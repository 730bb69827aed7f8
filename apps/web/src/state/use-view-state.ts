/** A tiny history-API router: the view state lives in the URL; `navigate` pushes (or replaces) an entry. */
import { useCallback, useEffect, useState } from "react";
import { currentViewState, rememberLanguage } from "./current-view-state";
import { formatViewState, type ViewState } from "./view-state";

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (default false). */
  replace?: boolean;
}

export function useViewState(): [ViewState, (next: ViewState, options?: NavigateOptions) => void] {
  const [state, setState] = useState<ViewState>(currentViewState);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once on mount; later URLs come from navigate.
  useEffect(() => {
    // Write the canonical URL once (adds the language), without a new history entry.
    const url = formatViewState(state);
    if (url !== window.location.pathname + window.location.search) window.history.replaceState(null, "", url);
    const onPopState = () => setState(currentViewState());
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
