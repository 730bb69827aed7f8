import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_SERVER_SETTINGS } from "./config.js";
import { createContext } from "./context.js";
import { createServer } from "./create-server.js";
import { createKnowledgeStore, type KnowledgeStore } from "./knowledge-store.js";
import { readContent } from "./read-content.js";
import { FIXTURE_CONTENT, fixtureKnowledge } from "./testing/fixture-server.js";
import { createSpecClient } from "./testing/spec-client.js";

const settings = { ...DEFAULT_SERVER_SETTINGS, rateLimitPerMinute: 0, webRoot: null };
const scratch = mkdtempSync(join(tmpdir(), "kubenotes-store-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The fixture content with the pod's English name changed. */
async function renamedPod(name: string) {
  const directory = join(scratch, name.replace(/\W/g, "-"));
  cpSync(FIXTURE_CONTENT, directory, { recursive: true });
  const file = join(directory, "pod.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("  en: Pod\n", `  en: ${name}\n`));
  return readContent(directory);
}

describe("the knowledge store", () => {
  it("serves the swapped-in knowledge to the next request, with fresh response caches", async () => {
    const store = createKnowledgeStore(createContext(await fixtureKnowledge(), settings));
    const api = createSpecClient(createServer({ store }));
    const before = await api.get("/api/v1/concepts/pod?lang=en");
    expect(before.body.name).toBe("Pod");
    store.swap(createContext(await renamedPod("Pod v2"), settings));
    const after = await api.get("/api/v1/concepts/pod?lang=en");
    expect(after.body.name).toBe("Pod v2");
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect((await api.get("/readyz")).body.contentHash).toBe(store.current.contentHash);
  });

  it("lets a request in flight finish with the knowledge it started with", async () => {
    const inner = createKnowledgeStore(createContext(await fixtureKnowledge(), settings));
    const next = createContext(await renamedPod("Pod v3"), settings);
    // A reload lands right after the request has taken its context.
    let reloadPending = false;
    const racing: KnowledgeStore = {
      get current() {
        const taken = inner.current;
        if (reloadPending) {
          reloadPending = false;
          inner.swap(next);
        }
        return taken;
      },
      get problems() {
        return inner.problems;
      },
      swap: (context) => inner.swap(context),
      refuse: (problems) => inner.refuse(problems),
    };
    const api = createSpecClient(createServer({ store: racing }));
    reloadPending = true;
    const first = await api.get("/api/v1/graph?lang=en", { "Accept-Encoding": "gzip" });
    const pod = first.body.nodes.find((node: { id: string }) => node.id === "pod");
    expect(pod.name).toBe("Pod");
    expect(first.body.contentHash).not.toBe(next.contentHash);
    const second = await api.get("/api/v1/graph?lang=en");
    expect(second.body.contentHash).toBe(next.contentHash);
  });

  it("keeps serving the current knowledge while refusing newer content, and clears the refusal on swap", async () => {
    const store = createKnowledgeStore(createContext(await fixtureKnowledge(), settings));
    const api = createSpecClient(createServer({ store }));
    const served = store.current.contentHash;
    store.refuse([
      { file: "pod.md", line: 3, code: "invalid-value", message: "kind: gadget", hint: "use a kind" },
    ]);
    const stale = await api.get("/readyz");
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({
      status: "stale",
      contentHash: served,
      problems: [{ file: "pod.md", line: 3, code: "invalid-value" }],
    });
    expect((await api.get("/api/v1/concepts/pod")).status).toBe(200);
    store.swap(createContext(await renamedPod("Pod v4"), settings));
    expect((await api.get("/readyz")).body).toMatchObject({ status: "ready", problems: [] });
  });
});
