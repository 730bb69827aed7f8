#!/usr/bin/env node
/**
 * Measures the built viewer on a large synthetic graph (default 10,000 concepts, ~30,000 relations) in
 * Debian's Chromium: time to the first drawn frame, idle frame rate, search → panel, and a depth-3
 * neighborhood. Not a test (the numbers depend on the machine); docs/viewer.md records a run.
 *
 *   npm run build -w @kubenotes/web && npm run measure:large -w @kubenotes/web [-- <concepts>]
 */
import { existsSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { fileURLToPath } from "node:url";
import { createServer } from "@kubenotes/api";
import { buildGraph, computeLayout, hashConcepts } from "@kubenotes/core";
import { chromium } from "playwright-core";

const count = Number(process.argv[2] ?? 10_000);
const executablePath = process.env.KUBENOTES_CHROMIUM || "/usr/bin/chromium";
const webRoot = fileURLToPath(new URL("../dist", import.meta.url));
const KINDS = [
  "technology",
  "component",
  "concept",
  "artifact",
  "instruction",
  "command",
  "tool",
  "resource",
  "organization",
  "event",
];

if (!existsSync(executablePath)) {
  console.error("Chromium not found: apt-get install -y --no-install-recommends chromium");
  process.exit(1);
}

// A deterministic random tree (part-of) plus up to two `uses` edges per concept.
let seed = 1;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const concepts = [];
for (let index = 0; index < count; index++) {
  const relations = {};
  if (index > 0) relations["part-of"] = [`c-${Math.floor(random() * index)}`];
  if (index > 5) {
    const uses = [`c-${Math.floor(random() * index)}`, `c-${Math.floor(random() * index)}`];
    const targets = [...new Set(uses)].filter((target) => target !== relations["part-of"][0]);
    if (targets.length > 0) relations.uses = targets;
  }
  concepts.push({
    id: `c-${index}`,
    kind: KINDS[index % KINDS.length],
    name: { ko: `개념 ${index}`, en: `Concept ${index}` },
    aka: [],
    aliases: [],
    summary: { ko: "합성 개념이다.", en: "A synthetic concept." },
    body: { ko: "본문이다.", en: "Body." },
    tags: ["kubernetes"],
    level: "fundamental",
    status: "current",
    relations,
    sources: [{ title: "Kubernetes", url: "https://kubernetes.io/docs/" }],
  });
}

const time = async (label, action) => {
  const start = performance.now();
  const result = await action();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
};

const graph = buildGraph(concepts);
const layout = await time(
  `layout of ${graph.order} concepts, ${graph.size} relations (server side, once)`,
  () => computeLayout(graph),
);
const knowledge = { graph, layout, contentHash: hashConcepts(JSON.stringify(concepts)) };
const server = createHttpServer(createServer({ knowledge, settings: { webRoot, rateLimitPerMinute: 0 } }));
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--enable-unsafe-swiftshader",
];
const browser = await chromium.launch({ executablePath, headless: true, args });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await time("first frame (load, /graph, build, draw)", async () => {
    await page.goto(`${origin}/?lang=en`);
    await page.locator('[data-rendered="true"]').waitFor({ timeout: 120_000 });
  });
  await page.waitForTimeout(1000);
  const fps = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let frames = 0;
        const start = performance.now();
        const tick = () => {
          frames++;
          if (performance.now() - start < 2000) requestAnimationFrame(tick);
          else resolve(frames / 2);
        };
        requestAnimationFrame(tick);
      }),
  );
  console.log(`idle frame rate: ${fps} fps`);
  const search = page.getByRole("combobox", { name: "Search concepts" });
  await time("search + Enter → panel shown", async () => {
    await search.fill(`Concept ${Math.floor(count / 2)}`);
    await search.press("Enter");
    await page.locator("#concept-title").waitFor();
  });
  await time("neighborhood depth 3", () => page.getByRole("radio", { name: "3 hops" }).check());
} finally {
  await browser.close();
  server.close();
}
