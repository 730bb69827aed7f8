/** Front matter as an mdast `yaml` node, with the generated-file marker as its first line. */
import type { Yaml } from "mdast";
import { Document, isSeq } from "yaml";
import { markerComment } from "../marker.js";

/**
 * @param data key order is kept as given
 * @param flowKeys keys whose lists are written inline (`tags: [a, b]`), as Jekyll posts usually do
 */
export function frontMatter(
  scope: string,
  data: Record<string, unknown>,
  flowKeys: readonly string[] = [],
): Yaml {
  const document = new Document(data);
  for (const key of flowKeys) {
    const node = document.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const body = document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
  return { type: "yaml", value: `${markerComment(scope)}\n${body}` };
}
