/** A concept's relations, grouped by type and direction, each group headed by how it reads. */
import type { ConceptDetail, SchemaData } from "../api/client";
import { ConceptLink } from "./concept-link";
import type { PanelContext } from "./concept-panel";

interface Group {
  key: string;
  heading: string;
  direction: "out" | "in";
  items: { id: string; name: string }[];
}

export function groupRelations(
  concept: ConceptDetail,
  schema: SchemaData,
  lang: PanelContext["lang"],
): Group[] {
  const groups = new Map<string, Group>();
  const add = (direction: Group["direction"], type: string, heading: string, id: string, name: string) => {
    const key = `${direction}:${type}`;
    const group = groups.get(key) ?? { key, heading, direction, items: [] };
    if (!group.items.some((item) => item.id === id)) group.items.push({ id, name });
    groups.set(key, group);
  };
  const spec = (type: string) => schema.relationTypes[type as keyof SchemaData["relationTypes"]];
  for (const relation of concept.relations.outgoing) {
    add(
      "out",
      relation.type,
      relation.label || spec(relation.type)?.label[lang] || relation.type,
      relation.target,
      relation.targetName,
    );
  }
  for (const relation of concept.relations.incoming) {
    add(
      "in",
      relation.type,
      relation.label || spec(relation.type)?.inverse[lang] || relation.type,
      relation.source,
      relation.sourceName,
    );
  }
  return [...groups.values()];
}

export function RelationGroups(props: PanelContext & { concept: ConceptDetail }) {
  const groups = groupRelations(props.concept, props.schema, props.lang);
  return (
    <dl className="relations">
      {groups.map((group) => (
        <div key={group.key} className={`relation-group relation-${group.direction}`}>
          <dt>
            <span className="relation-arrow" aria-hidden="true">
              {group.direction === "out" ? "→" : "←"}
            </span>
            {group.heading}
          </dt>
          <dd>
            <ul>
              {group.items.map((item) => (
                <li key={item.id}>
                  <ConceptLink
                    id={item.id}
                    href={props.hrefFor(item.id)}
                    onSelect={props.onSelect}
                    kind={props.kindOf(item.id)}
                  >
                    {item.name || props.nameOf(item.id) || item.id}
                  </ConceptLink>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}
