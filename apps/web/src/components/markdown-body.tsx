/**
 * A concept body rendered from Markdown, safely: raw HTML is never rendered (`skipHtml`, and no rehype-raw),
 * every URL goes through an allow-list (https, http, mailto, in-page, site paths, concept ids), so `javascript:`
 * and `data:` links die, and React sets no event-handler attribute from content. A bare concept id as a link
 * target (`[파드](pod)`, as the content guide writes them) opens that concept in the viewer.
 */
import { type ComponentProps, type ReactNode, useState } from "react";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import type { Messages } from "../i18n/messages";
import { ConceptLink } from "./concept-link";

const SAFE_URL = /^(?:https?:|mailto:|#|\/(?!\/)|\.{1,2}\/)/i;
/** A link to a concept by id: no scheme, no slash, no dot, kebab-case, optionally `#anchor` (core's rule). */
const CONCEPT_LINK = /^([a-z0-9]+(?:-[a-z0-9]+)*)(?:#.*)?$/;

/** Keeps safe URLs; anything else (javascript:, data:, vbscript:, protocol-relative) becomes empty. */
export function safeUrl(url: string): string {
  const trimmed = url.trim();
  // Control characters and whitespace inside a scheme are how `java\tscript:` sneaks past naive checks.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return "";
  return SAFE_URL.test(trimmed) || CONCEPT_LINK.test(trimmed) ? trimmed : "";
}

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) {
    return textOf((node.props as { children?: ReactNode }).children);
  }
  return "";
}

function CodeBlock({ children, messages }: ComponentProps<"pre"> & { messages: Messages }) {
  const [copied, setCopied] = useState(false);
  const child = Array.isArray(children) ? children[0] : children;
  const className =
    child && typeof child === "object" && "props" in child
      ? (child.props as { className?: string }).className
      : "";
  const language = /language-([\w+-]+)/.exec(className ?? "")?.[1];
  const copy = () => {
    void navigator.clipboard?.writeText(textOf(children).replace(/\n$/, "")).then(() => {
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    });
  };
  return (
    <div className="code-block">
      <div className="code-block-bar">
        <span className="code-block-language">{language ?? "text"}</span>
        <button type="button" className="code-block-copy" onClick={copy}>
          {copied ? messages.copied : messages.copy}
        </button>
      </div>
      <pre>{children}</pre>
    </div>
  );
}

export interface MarkdownBodyProps {
  markdown: string;
  messages: Messages;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
}

export function MarkdownBody({ markdown, messages, hrefFor, onSelect }: MarkdownBodyProps) {
  const components: Components = {
    a: ({ href, children }) => {
      const url = safeUrl(href ?? "");
      if (!url) return <span className="dead-link">{children}</span>;
      const concept = CONCEPT_LINK.exec(url)?.[1];
      if (concept) {
        return (
          <ConceptLink id={concept} href={hrefFor(concept)} onSelect={onSelect}>
            {children}
          </ConceptLink>
        );
      }
      const external = /^https?:/i.test(url);
      return (
        <a href={url} {...(external ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}>
          {children}
        </a>
      );
    },
    img: ({ src, alt }) => {
      const url = typeof src === "string" ? safeUrl(src) : "";
      return url.startsWith("https:") ? <img src={url} alt={alt ?? ""} loading="lazy" /> : null;
    },
    pre: ({ children }) => <CodeBlock messages={messages}>{children}</CodeBlock>,
  };
  return (
    <div className="markdown">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml urlTransform={safeUrl} components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
