/** Light or dark, following the system (`prefers-color-scheme`), live. */
import { useEffect, useState } from "react";
import type { Theme } from "../graph/palette";

const QUERY = "(prefers-color-scheme: dark)";

export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => (window.matchMedia?.(QUERY).matches ? "dark" : "light"));
  useEffect(() => {
    const media = window.matchMedia?.(QUERY);
    if (!media) return;
    const onChange = () => setTheme(media.matches ? "dark" : "light");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, []);
  return theme;
}
