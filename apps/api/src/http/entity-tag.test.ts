import { describe, expect, it } from "vitest";
import { entityTag, ifNoneMatchMatches } from "./entity-tag.js";

describe("entityTag", () => {
  it("tags each content coding apart", () => {
    expect(entityTag("abc", "identity")).toBe('"abc"');
    expect(entityTag("abc", "gzip")).toBe('"abc-gzip"');
    expect(entityTag("abc", "br")).toBe('"abc-br"');
  });
});

describe("ifNoneMatchMatches", () => {
  it.each([
    [undefined, false],
    ["", false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x","y"', false],
    ["*", true],
    ['"abc-gzip"', false],
  ])("%s → %s", (header, expected) => {
    expect(ifNoneMatchMatches(header, '"abc"')).toBe(expected);
  });
});
