/** Full-text search over names, aka, summaries and bodies in both languages. */
import { MAX_QUERY_LENGTH, MAX_SEARCH_LIMIT } from "@kubenotes/core";
import { langParameter } from "../schemas/common-parameters.js";
import { defineOperation } from "../schemas/operation.js";
import { integerParameter, textParameter } from "../schemas/parameter.js";
import { searchResultSchema } from "../schemas/search.js";

export const searchOperation = defineOperation({
  operationId: "search",
  path: "/search",
  summary: "Search concepts",
  description:
    "Ranked hits over names, aka, summaries and bodies in both languages. Korean-aware: partial words, particles " +
    "(를/는/의) and initial consonants (`ㅋㄴㅌㅇ`) match. `lang` picks the language of the returned names and summaries.",
  tag: "search",
  pathParameters: {},
  queryParameters: {
    q: textParameter({
      description: "What to look for, in Korean or English.",
      maxLength: MAX_QUERY_LENGTH,
      example: "파드",
    }),
    lang: langParameter,
    limit: integerParameter({
      description: "Most hits to return.",
      min: 1,
      max: MAX_SEARCH_LIMIT,
      default: 20,
    }),
  },
  success: {
    description: "The hits, best first.",
    content: { "application/json": { schema: searchResultSchema } },
  },
  problems: [],
});
