/** Small mdast constructors, so renderers read as document structure rather than object literals. */
import type { Code, Heading, Link, List, ListItem, Paragraph, PhrasingContent, Strong, Text } from "mdast";

export function text(value: string): Text {
  return { type: "text", value };
}

export function strong(value: string): Strong {
  return { type: "strong", children: [text(value)] };
}

export function paragraph(...children: PhrasingContent[]): Paragraph {
  return { type: "paragraph", children };
}

export function heading(depth: number, ...children: PhrasingContent[]): Heading {
  return { type: "heading", depth: Math.max(1, Math.min(depth, 6)) as Heading["depth"], children };
}

export function link(url: string, label: string): Link {
  return { type: "link", url, children: [text(label)] };
}

export function list(items: readonly PhrasingContent[][]): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: items.map(
      (children): ListItem => ({ type: "listItem", spread: false, children: [paragraph(...children)] }),
    ),
  };
}

export function code(lang: string, value: string): Code {
  return { type: "code", lang, value };
}

/** `a, b, c` as phrasing content: the items separated by `separator`. */
export function joined(items: readonly PhrasingContent[], separator = ", "): PhrasingContent[] {
  return items.flatMap((item, index) => (index === 0 ? [item] : [text(separator), item]));
}
