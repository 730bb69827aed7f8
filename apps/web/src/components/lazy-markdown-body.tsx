/**
 * `MarkdownBody` in a chunk of its own: react-markdown and remark-gfm are needed by the concept panel only, so
 * the first graph does not wait for them to download and parse.
 */
import { lazy } from "react";
import type { MarkdownBodyProps } from "./markdown-body";

/** Starts loading the chunk (the module loader keeps it: later calls return the same module). */
export function loadMarkdownBody() {
  return import("./markdown-body");
}

/** Shown when the chunk cannot load (a deploy replaced it mid-session): the body as text, never as HTML. */
function PlainBody({ markdown }: MarkdownBodyProps) {
  return (
    <div className="markdown">
      <p className="markdown-plain">{markdown}</p>
    </div>
  );
}

export const LazyMarkdownBody = lazy(() =>
  loadMarkdownBody().then(
    (module) => ({ default: module.MarkdownBody }),
    () => ({ default: PlainBody }),
  ),
);
