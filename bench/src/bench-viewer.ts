/**
 * The web viewer in headless Chromium, served by the real API process: time from navigation to the first
 * frame that shows the graph, and frame time while panning, against a minimal page that draws the same
 * `/graph?format=json` with plain sigma, in the same browser, on a canvas of the same size.
 */
import { copyFile, cp, mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_FLAGS } from "../../scripts/chromium.mjs";
import { freePort } from "./free-port.js";
import { benchDist, viewerDist } from "./locate.js";
import { summarize } from "./measure.js";
import { type BenchRow, row } from "./results.js";
import { unlessCrashed } from "./spawn-server.js";
import { startApi } from "./start-api.js";
import { waitForOk } from "./wait-for-ok.js";

export interface ViewerBenchOptions {
  size: string;
  snapshot: string;
  chromium: string;
  /** Page loads of each kind; the fastest is kept. */
  runs: number;
  panSeconds: number;
  env: Readonly<Record<string, string>>;
  /** Scratch folder for the web root (the viewer's dist plus the baseline page). */
  work: string;
}

interface PageFigures {
  /** ms from navigation start to the frame after the first draw. */
  firstFrame: number;
  /** The data URL the page fetched the graph from. */
  graphUrl: string;
  canvas: { x: number; y: number; width: number; height: number };
  frameMean: number;
  frameP99: number;
}

interface BenchWindow {
  __bench: { firstFrame?: number; frames: number[]; recording: boolean };
}

const VIEWPORT = { width: 1440, height: 900 };
/** Both pages say "drawn" the same way: the canvas container gets `data-rendered="true"` after sigma's first draw. */
const DRAWN = '[data-rendered="true"]';

/**
 * Runs before any page script: when the drawn mark appears, waits two animation frames. The second frame
 * starts once the first one (the one carrying the draw) has been produced; on the baseline page, whose only
 * content is the graph, it lands on Chromium's own first-paint time.
 */
function watchFirstDraw(): void {
  const state: BenchWindow["__bench"] = { frames: [], recording: false };
  (window as unknown as BenchWindow).__bench = state;
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-rendered="true"]')) return;
    observer.disconnect();
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        state.firstFrame = performance.now();
      }),
    );
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["data-rendered"],
  });
}

/** Drags the canvas in circles for `seconds` with real mouse events and returns the frame intervals. */
async function panFrames(page: Page, canvas: PageFigures["canvas"], seconds: number): Promise<number[]> {
  const centerX = canvas.x + canvas.width / 2;
  const centerY = canvas.y + canvas.height / 2;
  const radius = Math.min(canvas.width, canvas.height) / 6;
  await page.mouse.move(centerX + radius, centerY);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const state = (window as unknown as BenchWindow).__bench;
    state.frames = [];
    state.recording = true;
    const tick = (time: number) => {
      if (!state.recording) return;
      state.frames.push(time);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.down();
  const end = Date.now() + seconds * 1000;
  for (let step = 1; Date.now() < end; step++) {
    const angle = step / 8;
    await page.mouse.move(centerX + radius * Math.cos(angle), centerY + radius * Math.sin(angle));
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const state = (window as unknown as BenchWindow).__bench;
    state.recording = false;
    return state.frames;
  });
  return frames.slice(1).map((time, index) => time - (frames[index] as number));
}

async function measurePage(browser: Browser, url: string, panSeconds: number): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstDraw);
    let graphUrl = "";
    page.on("request", (request) => {
      const { pathname, search } = new URL(request.url());
      if (pathname === "/api/v1/graph") graphUrl = `${pathname}${search}`;
    });
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    await page.goto(url);
    await page
      .waitForFunction(() => (window as unknown as BenchWindow).__bench.firstFrame !== undefined, null, {
        timeout: 600_000,
        polling: 50,
      })
      .catch((error: unknown) => {
        throw new Error(`${url} never drew its graph (${failures.join("; ") || String(error)})`);
      });
    const firstFrame = await page.evaluate(() => (window as unknown as BenchWindow).__bench.firstFrame ?? 0);
    const box = await page.locator(DRAWN).boundingBox();
    if (!box) throw new Error(`${url}: the drawn canvas has no box`);
    const frames = summarize(panSeconds > 0 ? await panFrames(page, box, panSeconds) : []);
    return { firstFrame, graphUrl, canvas: box, frameMean: frames.mean, frameP99: frames.p99 };
  } finally {
    await context.close();
  }
}

const baselineHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>plain sigma</title>
    <style>body { margin: 0; } #graph { position: absolute; }</style>
    <script type="module" src="/bench-baseline.js"></script>
  </head>
  <body><div id="graph"></div></body>
</html>
`;

export async function benchViewer(options: ViewerBenchOptions): Promise<BenchRow[]> {
  // The API serves one web root: the viewer's build with the baseline page added beside it.
  const webRoot = join(options.work, "web-root");
  await rm(webRoot, { recursive: true, force: true });
  await mkdir(webRoot, { recursive: true });
  await cp(viewerDist(), webRoot, { recursive: true });
  await copyFile(benchDist("browser/viewer-baseline.js"), join(webRoot, "bench-baseline.js"));
  await writeFile(join(webRoot, "bench-baseline.html"), baselineHtml);

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const api = startApi({ source: { snapshot: options.snapshot }, port, env: options.env, webRoot });
  let browser: Browser | undefined;
  try {
    await unlessCrashed(api, waitForOk(`${origin}/healthz`, 600_000, api.ended));
    browser = await chromium.launch({
      executablePath: options.chromium,
      headless: true,
      args: [...CHROMIUM_FLAGS],
    });
    // A discarded load of each page first: the API's JIT and its compressed-response cache start warm for both.
    const first = await measurePage(browser, `${origin}/`, 0);
    const query = new URLSearchParams({
      data: first.graphUrl,
      width: String(Math.round(first.canvas.width)),
      height: String(Math.round(first.canvas.height)),
    });
    const baselineUrl = `${origin}/bench-baseline.html?${query}`;
    await measurePage(browser, baselineUrl, 0);
    const viewer: PageFigures[] = [];
    const plain: PageFigures[] = [];
    for (let run = 0; run < options.runs; run++) {
      viewer.push(await measurePage(browser, `${origin}/`, options.panSeconds));
      plain.push(await measurePage(browser, baselineUrl, options.panSeconds));
    }
    const best = (pages: PageFigures[], pick: (page: PageFigures) => number) => Math.min(...pages.map(pick));
    const baselineName = "plain `new Sigma()` page, same /graph data, same canvas size";
    return [
      row({
        name: "viewer: navigation → first drawn frame",
        size: options.size,
        value: best(viewer, (page) => page.firstFrame),
        unit: "ms",
        baseline: best(plain, (page) => page.firstFrame),
        baselineName,
        target: "≤ 1.5",
      }),
      row({
        name: "viewer: frame time while panning (mean)",
        size: options.size,
        value: best(viewer, (page) => page.frameMean),
        unit: "ms",
        baseline: best(plain, (page) => page.frameMean),
        baselineName,
        target: "≤ 1.5",
      }),
      row({
        name: "viewer: frame time while panning (p99)",
        size: options.size,
        value: best(viewer, (page) => page.frameP99),
        unit: "ms",
        baseline: best(plain, (page) => page.frameP99),
        baselineName,
        target: "",
      }),
    ];
  } finally {
    await browser?.close();
    await api.stop();
    await rm(webRoot, { recursive: true, force: true });
  }
}
