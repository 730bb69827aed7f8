/**
 * Where each vault note lives, as the wikilink target (a vault-root path without `.md`). Concept ids are
 * kebab-case, so `concepts/<id>` never needs escaping; folders keep a tag or kind named like a concept
 * (`kubernetes`) from clashing with it.
 */
export const INDEX_NOTE = "index";

export function conceptNotePath(id: string): string {
  return `concepts/${id}`;
}

export function tagNotePath(tag: string): string {
  return `tags/${tag}`;
}

export function kindNotePath(kind: string): string {
  return `kinds/${kind}`;
}

/** The file that a wikilink target names. */
export function noteFile(target: string): string {
  return `${target}.md`;
}
