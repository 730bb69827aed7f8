/**
 * The view the address bar describes, and the remembered language it falls back to. No React here: the entry
 * point reads it too, to start the first view's requests before React loads.
 */
import type { Language } from "@kubenotes/core";
import { LANGUAGE_STORAGE_KEY } from "../config";
import { parseViewState, type ViewState } from "./view-state";

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

/** Remembers the chosen language for the next visit (a no-op when storage is disabled). */
export function rememberLanguage(lang: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // See rememberedLanguage.
  }
}

/** The view the address bar describes now, in the remembered language when the URL names none. */
export function currentViewState(): ViewState {
  return parseViewState(window.location.pathname, window.location.search, rememberedLanguage());
}
