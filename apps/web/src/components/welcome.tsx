/** The panel before any selection: what the viewer is, how to use it, and good places to start. */
import type { Messages } from "../i18n/messages";
import { ConceptLinkList } from "./concept-link-list";

export interface WelcomeProps {
  messages: Messages;
  /** A few well-connected fundamental concepts. */
  starters: string[];
  hrefFor: (id: string) => string;
  onSelect: (id: string) => void;
  nameOf: (id: string) => string | undefined;
  kindOf: (id: string) => string | undefined;
}

export function Welcome(props: WelcomeProps) {
  const { messages: t } = props;
  return (
    <div className="welcome">
      <h2>{t.emptyTitle}</h2>
      <p>{t.emptyBody}</p>
      {props.starters.length > 0 ? (
        <>
          <h3>{t.startHere}</h3>
          <ConceptLinkList
            ids={props.starters}
            className="starters"
            hrefFor={props.hrefFor}
            onSelect={props.onSelect}
            nameOf={props.nameOf}
            kindOf={props.kindOf}
          />
        </>
      ) : null}
      <p className="muted small keys">{t.emptyKeys}</p>
    </div>
  );
}
