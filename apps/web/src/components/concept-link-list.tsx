/** A list of concept links by id, named and coloured by kind (used by the welcome and not-found panels). */
import { ConceptLink } from "./concept-link";

export interface ConceptLinkListProps {
  ids: readonly string[];
  className: string;
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string | undefined;
  kindOf: (id: string) => string | undefined;
}

export function ConceptLinkList(props: ConceptLinkListProps) {
  return (
    <ul className={props.className}>
      {props.ids.map((id) => (
        <li key={id}>
          <ConceptLink id={id} href={props.hrefFor(id)} onSelect={props.onSelect} kind={props.kindOf(id)}>
            {props.nameOf(id) ?? id}
          </ConceptLink>
        </li>
      ))}
    </ul>
  );
}
