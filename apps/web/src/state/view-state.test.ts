import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS, formatViewState, parseViewState, type ViewState } from "./view-state";

describe("view state ⇄ URL", () => {
  it("reads a deep link with its language, depth, path and filters", () => {
    const state = parseViewState(
      "/concept/kube-apiserver",
      "?lang=en&depth=2&path=etcd&kind=component,concept&rel=uses",
      "ko",
    );
    expect(state).toEqual({
      conceptId: "kube-apiserver",
      lang: "en",
      depth: 2,
      pathTo: "etcd",
      filters: { kinds: ["component", "concept"], tags: [], levels: [], relations: ["uses"] },
    });
  });

  it("falls back to the remembered language and depth 1, and ignores junk", () => {
    const state = parseViewState("/concept/pod", "?lang=fr&depth=9&kind=<script>,tool", "en");
    expect(state.lang).toBe("en");
    expect(state.depth).toBe(1);
    expect(state.filters.kinds).toEqual(["tool"]);
  });

  it("treats any other path as the overview and drops a path without a selection", () => {
    const state = parseViewState("/somewhere/else", "?path=etcd", "ko");
    expect(state.conceptId).toBeUndefined();
    expect(state.pathTo).toBeUndefined();
  });

  it("round-trips: format then parse gives the same view", () => {
    const view: ViewState = {
      conceptId: "control-plane",
      lang: "ko",
      depth: 3,
      pathTo: "pod",
      filters: {
        kinds: ["component"],
        tags: ["kubernetes", "architecture"],
        levels: ["fundamental"],
        relations: [],
      },
    };
    const url = new URL(formatViewState(view), "http://x");
    expect(parseViewState(url.pathname, url.search, "en")).toEqual({
      ...view,
      filters: { ...view.filters, tags: ["architecture", "kubernetes"] },
    });
  });

  it("writes readable URLs and leaves defaults out", () => {
    expect(formatViewState({ lang: "ko", depth: 1, filters: EMPTY_FILTERS })).toBe("/?lang=ko");
    expect(
      formatViewState({
        conceptId: "pod",
        lang: "en",
        depth: 2,
        filters: { ...EMPTY_FILTERS, kinds: ["tool", "command"] },
      }),
    ).toBe("/concept/pod?lang=en&depth=2&kind=command,tool");
  });

  it("encodes ids that are not plain ASCII (a Korean name typed into the URL)", () => {
    const url = formatViewState({ conceptId: "파드", lang: "ko", depth: 1, filters: EMPTY_FILTERS });
    expect(url.startsWith("/concept/%ED%8C%8C%EB%93%9C")).toBe(true);
    const parsed = new URL(url, "http://x");
    expect(parseViewState(parsed.pathname, parsed.search, "ko").conceptId).toBe("파드");
  });
});
