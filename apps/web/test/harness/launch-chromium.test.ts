import { describe, expect, it } from "vitest";
import { ChromiumMissingError, launchChromium } from "./launch-chromium";

describe("launchChromium", () => {
  it("fails (never skips) when Chromium is missing, saying how to install it", async () => {
    const launching = launchChromium("/nonexistent/chromium");
    await expect(launching).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(launching).rejects.toMatchObject({ name: "ChromiumMissingError" });
  });
});
