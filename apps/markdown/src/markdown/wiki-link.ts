/**
 * `[[target|label]]` links for Obsidian-style vaults, as a real mdast node (not text) so remark never
 * escapes the brackets. The handler is registered with remark-stringify in `stringifyMarkdown`.
 */
import type { Handle } from "mdast-util-to-markdown";

/** A wikilink: `target` is a vault path without `.md` (`concepts/pod`); `label` is what a reader sees. */
export interface WikiLink {
  type: "wikiLink";
  target: string;
  label: string;
}

declare module "mdast" {
  interface PhrasingContentMap {
    wikiLink: WikiLink;
  }
  interface RootContentMap {
    wikiLink: WikiLink;
  }
}

export function wikiLink(target: string, label: string): WikiLink {
  return { type: "wikiLink", target, label };
}

/** `|` and `]` would end the link early; labels come from concept names, which never need them. */
function clean(text: string): string {
  return text.replace(/[|\][]/g, " ").trim();
}

/** Inside a table cell the pipe is escaped (`[[a\\|b]]`), as Obsidian expects, so it does not split the cell. */
export const wikiLinkHandler: Handle = (node: WikiLink, _parent, state) => {
  const target = clean(node.target);
  const label = clean(node.label);
  if (label === target || label === "") return `[[${target}]]`;
  return `[[${target}${state.stack.includes("tableCell") ? "\\|" : "|"}${label}]]`;
};
