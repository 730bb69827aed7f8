import { describe, expect, it } from "vitest";
import { safeUrl } from "./markdown-body";

describe("safeUrl", () => {
  it("keeps web, mail and in-page links", () => {
    for (const url of [
      "https://kubernetes.io/docs/",
      "http://example.org",
      "mailto:a@b.c",
      "#part",
      "/concept/pod",
      "./x",
    ]) {
      expect(safeUrl(url)).toBe(url);
    }
  });

  it("keeps links to concepts by id, as the content guide writes them", () => {
    expect(safeUrl("pod")).toBe("pod");
    expect(safeUrl("kube-apiserver#flags")).toBe("kube-apiserver#flags");
  });

  it("drops script, data and protocol-relative URLs, however they are disguised", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "//evil.example/x",
    ]) {
      expect(safeUrl(url)).toBe("");
    }
  });
});
