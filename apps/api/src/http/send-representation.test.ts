import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { listen } from "../listen.js";
import { fixtureApp } from "../testing/fixture-server.js";
import { createSpecClient } from "../testing/spec-client.js";

const app = await fixtureApp({ cacheMaxAgeSeconds: 120 });
const api = createSpecClient(app);
const identity = { "Accept-Encoding": "identity" };

/** Every cacheable GET of the contract, with parameters. */
const CACHEABLE = [
  "/api/v1/concepts?lang=en&limit=3",
  "/api/v1/concepts/pod",
  "/api/v1/concepts/master?lang=en",
  "/api/v1/concepts/node/neighbors?depth=2",
  "/api/v1/paths?from=kubectl&to=pod",
  "/api/v1/learning-path/deployment",
  `/api/v1/search?q=${encodeURIComponent("파드")}`,
  "/api/v1/graph",
  "/api/v1/graph?format=gexf",
  "/api/v1/graph?format=graphml&lang=en",
  "/api/v1/schema",
  "/api/v1",
  "/api/v1/openapi.json",
  "/api/v1/problems",
  "/api/v1/problems/no-path",
  "/api/v1/docs/",
];

const server = await listen(app, { host: "127.0.0.1", port: 0 });
const { port } = server.address() as AddressInfo;
afterAll(() => server.close());

/** Raw status, headers and bytes (superagent would decompress them). */
function raw(url: string, headers: Record<string, string | undefined>) {
  return new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
    const sent = Object.fromEntries(
      Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
    get({ host: "127.0.0.1", port, path: url, headers: sent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    }).on("error", reject);
  });
}

describe("conditional requests", () => {
  it.each(CACHEABLE)("%s carries a strong ETag and answers If-None-Match with 304", async (url) => {
    const first = await api.get(url, identity);
    expect(first.status).toBe(200);
    const etag = first.headers.etag;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await api.get(url, identity);
    expect(again.headers.etag).toBe(etag);
    const notModified = await api.get(url, { ...identity, "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.text ?? "").toBe("");
  });

  it("matches any tag of a list, weak prefixes and *", async () => {
    const { etag } = (await api.get("/api/v1/concepts/pod", identity)).headers;
    for (const header of [`"nope", ${etag}`, `W/${etag}`, "*"]) {
      expect(
        (await api.get("/api/v1/concepts/pod", { ...identity, "If-None-Match": header })).status,
        header,
      ).toBe(304);
    }
    expect((await api.get("/api/v1/concepts/pod", { ...identity, "If-None-Match": '"other"' })).status).toBe(
      200,
    );
  });

  it("gives different representations different tags (language, parameters)", async () => {
    const ko = (await api.get("/api/v1/concepts/pod", identity)).headers.etag;
    const en = (await api.get("/api/v1/concepts/pod?lang=en", identity)).headers.etag;
    expect(ko).not.toBe(en);
    expect((await api.get("/api/v1/concepts/pod?lang=en", { ...identity, "If-None-Match": ko })).status).toBe(
      200,
    );
  });

  it("sends Cache-Control for read-only data on 200 and 304, no-store on problems", async () => {
    const ok = await api.get("/api/v1/concepts/pod", identity);
    expect(ok.headers["cache-control"]).toBe("public, max-age=120");
    const notModified = await api.get("/api/v1/concepts/pod", {
      ...identity,
      "If-None-Match": ok.headers.etag,
    });
    expect(notModified.headers["cache-control"]).toBe("public, max-age=120");
    expect((await api.get("/api/v1/concepts/nope")).headers["cache-control"]).toBe("no-store");
  });
});

describe("compression", () => {
  it.each([
    ["br", brotliDecompressSync],
    ["gzip", gunzipSync],
  ] as const)("compresses large bodies with %s under its own strong ETag", async (encoding, decompress) => {
    const plain = await raw("/api/v1/graph", identity);
    const compressed = await raw("/api/v1/graph", { "Accept-Encoding": encoding });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(compressed.headers["content-encoding"]).toBe(encoding);
    expect(compressed.headers.vary).toContain("Accept-Encoding");
    expect(compressed.headers.etag).toBe(plain.headers.etag?.replace(/"$/, `-${encoding}"`));
    expect(Number(compressed.headers["content-length"])).toBeLessThan(
      Number(plain.headers["content-length"]),
    );
    expect(decompress(compressed.body).equals(plain.body)).toBe(true);
    const notModified = await raw("/api/v1/graph", {
      "Accept-Encoding": encoding,
      "If-None-Match": compressed.headers.etag,
    });
    expect(notModified.status).toBe(304);
    // The identity tag does not validate the compressed representation, and vice versa.
    expect(
      (await raw("/api/v1/graph", { "Accept-Encoding": encoding, "If-None-Match": plain.headers.etag }))
        .status,
    ).toBe(200);
  });

  it("honours the client's preference, and leaves small bodies alone", async () => {
    expect((await raw("/api/v1/graph", { "Accept-Encoding": "br, gzip" })).headers["content-encoding"]).toBe(
      "br",
    );
    expect(
      (await raw("/api/v1/graph", { "Accept-Encoding": "br;q=0.5, gzip" })).headers["content-encoding"],
    ).toBe("gzip");
    expect(
      (await raw("/api/v1/graph", { "Accept-Encoding": "gzip;q=0, br;q=0" })).headers["content-encoding"],
    ).toBeUndefined();
    const small = await raw("/api/v1/healthz", { "Accept-Encoding": "gzip, br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });
});
