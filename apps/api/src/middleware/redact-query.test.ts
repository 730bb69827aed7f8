import { describe, expect, it } from "vitest";
import { REDACTED, redactQuery } from "./redact-query.js";

const KNOWN = new Set(["q", "lang", "limit"]);

describe("redactQuery", () => {
  it("keeps paths and the values of known parameters as sent", () => {
    expect(redactQuery("/api/v1/concepts/pod", KNOWN)).toBe("/api/v1/concepts/pod");
    expect(redactQuery("/api/v1/search?q=%ED%8C%8C%EB%93%9C&limit=3", KNOWN)).toBe(
      "/api/v1/search?q=%ED%8C%8C%EB%93%9C&limit=3",
    );
  });

  it("replaces any other parameter whole: its name may be the secret", () => {
    expect(redactQuery("/x?token=abc&lang=en&access_token=def&api-key=g", KNOWN)).toBe(
      `/x?${REDACTED}&lang=en&${REDACTED}&${REDACTED}`,
    );
    expect(redactQuery("/x?eyJhbGciOiJIUzI1NiJ9.e30.sig%3D%3D&q=a", KNOWN)).toBe(`/x?${REDACTED}&q=a`);
    expect(redactQuery("/x?sk-live-123", KNOWN)).toBe(`/x?${REDACTED}`);
    expect(redactQuery("/x?", KNOWN)).toBe("/x?");
  });
});
