/** A link to a concept: a real URL (open in a new tab works), handled in place on a plain click. */
import type { MouseEvent, ReactNode } from "react";
import { kindColor } from "../graph/palette";

export interface ConceptLinkProps {
  id: string;
  href: string;
  onSelect: (id: string) => void;
  children: ReactNode;
  /** Draws the kind's colour dot before the text. */
  kind?: string;
  className?: string;
}

export function ConceptLink({ id, href, onSelect, children, kind, className }: ConceptLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onSelect(id);
  };
  return (
    <a href={href} className={`concept-link ${className ?? ""}`} onClick={onClick} data-concept={id}>
      {kind ? <span className="kind-dot" style={{ background: kindColor(kind) }} aria-hidden="true" /> : null}
      {children}
    </a>
  );
}
