import { describe, expect, it } from "vitest";
import { exportScope, markerComment, readMarker } from "./marker.js";

describe("the generated-file marker", () => {
  it("is read back from the first line of the front matter", () => {
    const scope = exportScope("post", "ko", "kubernetes-note");
    expect(readMarker(`---\n${markerComment(scope)}\ntitle: x\n---\n`)).toBe("post, ko, kubernetes-note");
  });

  it("is absent from hand-written files, even ones that mention it later", () => {
    expect(readMarker("# Notes\n")).toBeUndefined();
    expect(readMarker(`---\ntitle: x\n${markerComment("vault, ko")}\n---\n`)).toBeUndefined();
    expect(readMarker(`Some text\n---\n${markerComment("vault, ko")}\n---\n`)).toBeUndefined();
  });
});
