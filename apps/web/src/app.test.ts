/**
 * Browser journeys through the built viewer, in Debian's Chromium (playwright-core), against the real API
 * over fixture content. Each journey also fails on any console error or uncaught exception in the page.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { countCanvasColors } from "../test/harness/canvas-pixels";
import { launchChromium } from "../test/harness/launch-chromium";
import { type FixtureServer, startFixtureServer } from "../test/harness/start-fixture-server";
import { CANVAS_COLORS, KIND_COLORS } from "./graph/palette";

let server: FixtureServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];
/** Console lines a journey expects (e.g. the browser's own log of an expected 404), removed before the check. */
let expectedConsole: RegExp[];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  consoleErrors = [];
  expectedConsole = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    consoleErrors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterEach(async () => {
  await context?.close();
  const unexpected = consoleErrors.filter((line) => !expectedConsole.some((pattern) => pattern.test(line)));
  expect(unexpected).toEqual([]);
});

async function open(path: string): Promise<void> {
  await page.goto(`${server.url}${path}`);
  await page.locator('[data-testid="graph-canvas"][data-rendered="true"]').waitFor();
}

const title = () => page.locator("#concept-title");
const currentPath = () => new URL(page.url()).pathname;
const query = (name: string) => new URL(page.url()).searchParams.get(name);

async function search(text: string): Promise<void> {
  const input = page.getByRole("combobox", { name: /개념 검색|Search concepts/ });
  await input.fill(text);
  await page.locator(".search-main .search-hit").first().waitFor();
}

describe("the viewer", () => {
  it("draws the whole graph on first load, coloured by kind", async () => {
    await open("/");
    await expect.poll(() => page.getByTestId("node-count").textContent()).toContain("24 / 24");
    await page.waitForTimeout(300);
    const counts = await countCanvasColors(page, KIND_COLORS);
    const drawnKinds = Object.entries(counts).filter(([, pixels]) => pixels > 30);
    expect(drawnKinds.length).toBeGreaterThanOrEqual(5);
    await expect.poll(() => page.locator(".legend-item").count()).toBeGreaterThanOrEqual(5);
  });

  it("asks for the graph once on first load, in the remembered language, and again on a language switch", async () => {
    const graphRequests: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.pathname === "/api/v1/graph") graphRequests.push(url.searchParams.get("lang") ?? "");
    });
    await open("/");
    await expect.poll(() => page.getByTestId("node-count").textContent()).toContain("24 / 24");
    expect(graphRequests).toEqual(["ko"]);
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByTestId("node-count").textContent()).toBe("24 / 24 concepts");
    expect(graphRequests).toEqual(["ko", "en"]);
    await page.getByRole("button", { name: "한국어" }).click();
    await expect.poll(() => page.getByTestId("node-count").textContent()).toBe("개념 24 / 24");
    expect(graphRequests).toEqual(["ko", "en", "ko"]);
    await page.getByRole("button", { name: "English" }).click();
    graphRequests.length = 0;
    await open("/");
    await expect.poll(() => page.getByTestId("node-count").textContent()).toBe("24 / 24 concepts");
    expect(graphRequests).toEqual(["en"]);
  });

  it("shows the error with a retry when the first graph request fails, and draws after the retry", async () => {
    expectedConsole = [/Failed to load resource: the server responded with a status of 503/];
    let failures = 1;
    await page.route("**/api/v1/graph?*", (route) => {
      if (failures-- > 0)
        return route.fulfill({ status: 503, contentType: "application/problem+json", body: "{}" });
      return route.continue();
    });
    await page.goto(`${server.url}/`);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("그래프를 불러오지 못했습니다");
    await alert.getByRole("button", { name: "다시 시도" }).click();
    await page.locator('[data-testid="graph-canvas"][data-rendered="true"]').waitFor();
    await expect.poll(() => page.getByTestId("node-count").textContent()).toBe("개념 24 / 24");
  });

  it("finds 컨테이너 from the partial word 컨테이 and opens its panel", async () => {
    await open("/");
    await search("컨테이");
    await expect
      .poll(() => page.locator(".search-main .search-hit").allTextContents())
      .toContainEqual(expect.stringContaining("컨테이너"));
    await page.locator('.search-main .search-hit[data-id="container"]').click();
    await expect.poll(() => title().textContent()).toBe("컨테이너");
    await expect.poll(currentPath).toBe("/concept/container");
  });

  it("finds 컨테이너 from its initial consonants ㅋㅌㅇㄴ", async () => {
    await open("/");
    await search("ㅋㅌㅇㄴ");
    const ids = await page
      .locator(".search-main .search-hit")
      .evaluateAll((hits) => hits.map((hit) => hit.getAttribute("data-id")));
    expect(ids).toContain("container");
    await page.locator('.search-main .search-hit[data-id="container"]').click();
    await expect.poll(() => title().textContent()).toBe("컨테이너");
  });

  it("resolves `master` to the control plane, and Enter picks the best hit", async () => {
    await open("/");
    const input = page.getByRole("combobox", { name: "개념 검색" });
    await input.fill("master");
    await input.press("Enter");
    await expect.poll(() => title().textContent()).toBe("컨트롤 플레인");
    await expect.poll(currentPath).toBe("/concept/control-plane");
  });

  it("opens a deep link with its panel: names, summary, body, relations, learning path and sources", async () => {
    await open("/concept/kube-apiserver");
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
    const panel = page.locator("#panel");
    await expect.poll(() => panel.locator(".concept-summary").textContent()).toContain("쿠버네티스 API");
    await expect.poll(() => panel.locator(".relation-group").count()).toBeGreaterThan(0);
    await expect.poll(() => panel.locator(".learning-path li").count()).toBeGreaterThan(1);
    expect(await panel.locator(".sources a").first().getAttribute("href")).toMatch(
      /^https:\/\/kubernetes\.io\//,
    );
    expect(await page.title()).toContain("kube-apiserver");
  });

  it("navigates by clicking a relation, and the back button restores each view", async () => {
    await open("/");
    await search("kube-apiserver");
    await page.locator('.search-main .search-hit[data-id="kube-apiserver"]').click();
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
    await page.locator('.relations a[data-concept="etcd"]').click();
    await expect.poll(() => title().textContent()).toBe("etcd");
    await expect.poll(currentPath).toBe("/concept/etcd");
    await page.goBack();
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
    await expect.poll(currentPath).toBe("/concept/kube-apiserver");
    await page.goBack();
    await expect.poll(() => page.locator(".welcome").count()).toBe(1);
    await expect.poll(currentPath).toBe("/");
    await page.goForward();
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
  });

  it("switches language, keeps it in the URL, and remembers it on the next visit", async () => {
    await open("/concept/container");
    await expect.poll(() => title().textContent()).toBe("컨테이너");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => title().textContent()).toBe("Container");
    expect(query("lang")).toBe("en");
    await expect.poll(() => page.locator(".concept-subtitle").textContent()).toBe("컨테이너");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".relations").textContent()).toContain("alternative to");
    expect(await page.locator(".code-block pre").textContent()).toContain("echo container");
    await page.reload();
    await expect.poll(() => title().textContent()).toBe("Container");
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator(".welcome h2").textContent()).toBe("Pick a concept to start");
    expect(query("lang")).toBe("en");
  });

  it("hides nodes with a kind filter, in the URL and on the canvas", async () => {
    await open("/");
    await page.waitForTimeout(300);
    const before = await countCanvasColors(page, {
      concept: KIND_COLORS.concept,
      component: KIND_COLORS.component,
    });
    expect(before.concept).toBeGreaterThan(30);
    await page.getByRole("button", { name: "필터" }).click();
    await page.locator('[data-filter="kinds:component"]').click();
    expect(query("kind")).toBe("component");
    await expect.poll(() => page.getByTestId("node-count").textContent()).toMatch(/^개념 [1-9] \/ 24$/);
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
    const after = await countCanvasColors(page, {
      concept: KIND_COLORS.concept,
      component: KIND_COLORS.component,
    });
    expect(after.concept).toBeLessThan(5);
    expect(after.component).toBeGreaterThan(30);
    await page.reload();
    await expect.poll(() => page.getByTestId("node-count").textContent()).toMatch(/^개념 [1-9] \/ 24$/);
  });

  it("highlights a path between two concepts", async () => {
    await open("/concept/kube-apiserver");
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
    const pathInput = page.getByRole("combobox", { name: "도착 개념" });
    await pathInput.fill("파드");
    await page.locator('.concept-tools .search-hit[data-id="pod"]').click();
    expect(query("path")).toBe("pod");
    const steps = page.locator(".path-steps li");
    await expect.poll(() => steps.count()).toBeGreaterThan(2);
    expect(await steps.first().textContent()).toContain("kube-apiserver");
    expect(await steps.last().textContent()).toContain("파드");
    await page.waitForTimeout(700);
    const counts = await countCanvasColors(page, { path: CANVAS_COLORS.light.pathEdge }, 30);
    expect(counts.path).toBeGreaterThan(40);
    await page.reload();
    await expect.poll(() => page.locator(".path-steps li").count()).toBeGreaterThan(2);
  });

  it("renders a body carrying XSS payloads inert, in both languages", async () => {
    for (const lang of ["ko", "en"]) {
      await open(`/concept/xss-probe?lang=${lang}`);
      const body = page.locator(".markdown");
      await body.locator("a[href^='https://kubernetes.io']").waitFor();
      await body.hover();
      await body.click({ position: { x: 10, y: 10 } });
      for (const text of await body.locator("a, .dead-link").all()) await text.hover();
      // The payloads really reach the browser: the API sends the body as written.
      const sent = await page.evaluate(async (lang) => {
        const response = await fetch(`/api/v1/concepts/xss-probe?lang=${lang}`);
        return ((await response.json()) as { body: string }).body;
      }, lang);
      expect(sent).toContain("<script>");
      expect(sent).toContain("onerror=");
      expect(sent).toContain("](javascript:");
      const report = await page.evaluate(() => {
        const root = document.querySelector(".markdown") as HTMLElement;
        const all = [...root.querySelectorAll("*")];
        return {
          fired: (window as unknown as { __xss?: string }).__xss ?? null,
          dangerous: root.querySelectorAll("script, iframe, object, embed, svg, style, img[src='x']").length,
          handlers: all.filter((element) =>
            [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
          ).length,
          badLinks: [...root.querySelectorAll("a")].filter(
            (link) => !/^(https?:|\/)/.test(link.getAttribute("href") ?? ""),
          ).length,
          codeText: root.querySelector("pre")?.textContent ?? "",
          conceptLink: root.querySelector("a[data-concept='container']")?.getAttribute("href") ?? "",
          deadLinks: root.querySelectorAll(".dead-link").length,
        };
      });
      expect(report).toMatchObject({ fired: null, dangerous: 0, handlers: 0, badLinks: 0 });
      expect(report.deadLinks).toBeGreaterThanOrEqual(2);
      expect(report.codeText).toContain("<script>");
      expect(report.conceptLink.startsWith("/concept/container")).toBe(true);
    }
  });

  it("shows a helpful not-found state with suggestions for an unknown id", async () => {
    expectedConsole = [/Failed to load resource: the server responded with a status of 404/];
    await open("/concept/kube-apiservr");
    const notFound = page.getByTestId("not-found");
    await notFound.waitFor();
    await notFound.locator('a[data-concept="kube-apiserver"]').click();
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
  });

  it("turns an alias in the URL into the canonical id", async () => {
    await open("/concept/master?lang=en");
    await expect.poll(() => title().textContent()).toBe("Control plane");
    await expect.poll(currentPath).toBe("/concept/control-plane");
  });

  it("is keyboard usable: / focuses search, Enter selects, Tab reaches the panel, Escape clears", async () => {
    await open("/");
    await page.keyboard.press("/");
    await page.keyboard.type("etcd");
    await page.locator(".search-main .search-hit").first().waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(() => title().textContent()).toBe("etcd");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("concept-title");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#panel") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".welcome").count()).toBe(1);
    await expect.poll(currentPath).toBe("/");
  });

  it("keeps the neighborhood depth in the URL", async () => {
    await open("/concept/control-plane");
    await page.getByRole("radio", { name: "2단계" }).check();
    expect(query("depth")).toBe("2");
    await page.reload();
    await expect.poll(() => page.getByRole("radio", { name: "2단계" }).isChecked()).toBe(true);
  });

  it("fits a phone-sized window without sideways scrolling", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open("/concept/kube-apiserver");
    await expect.poll(() => title().textContent()).toBe("kube-apiserver");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const canvas = await page.locator(".canvas-area").boundingBox();
    const panel = await page.locator("#panel").boundingBox();
    expect(canvas && panel && panel.y >= canvas.y + canvas.height - 1).toBe(true);
  });

  it("follows a dark system theme", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open("/");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(17, 21, 28)");
  });
});
