/** The viewer's configuration, read in one place. */

/** Base path of the REST API. Same origin: the API serves the viewer in production, Vite proxies it in development. */
export const API_BASE = "/api/v1";

/** localStorage key that remembers the chosen language between visits. */
export const LANGUAGE_STORAGE_KEY = "kubenotes.lang";

/** Autocomplete: hits shown (default 8) and the pause after typing before a search is sent (ms). */
export const SEARCH_LIMIT = 8;
export const SEARCH_DEBOUNCE_MS = 120;
