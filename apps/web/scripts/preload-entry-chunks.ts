/**
 * Vite plugin: the built index.html gets a `<link rel="modulepreload">` for each chunk the entry imports
 * dynamically (the viewer itself: src/main.tsx starts the graph request, then imports it). The browser then
 * fetches and compiles that chunk alongside the small entry, not after the entry has run.
 */
import type { Plugin } from "vite";

export function preloadEntryChunks(): Plugin {
  let base = "/";
  return {
    name: "kubenotes-preload-entry-chunks",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        return (context.chunk?.dynamicImports ?? []).map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `${base}${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
