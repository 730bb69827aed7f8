/**
 * Property test: thousands of generated requests (random ids, unicode, huge numbers, repeated and array
 * parameters, __proto__, path traversal, invalid percent-encoding, odd methods) never produce a 5xx, and
 * every 4xx is a problem document that matches the spec. Sent over real sockets, so nothing is normalised.
 */
import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { listen } from "./listen.js";
import { fixtureApp } from "./testing/fixture-server.js";
import { createSpecValidator } from "./testing/spec-validator.js";

const RUNS = 2_500;
const server = await listen(await fixtureApp(), { host: "127.0.0.1", port: 0 });
const { port } = server.address() as AddressInfo;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });
const validator = createSpecValidator();
afterAll(() => {
  agent.destroy();
  server.close();
});

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function send(method: string, path: string, headers: Record<string, string>): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: "127.0.0.1", port, method, path, headers, agent }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () =>
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers as Record<string, string>,
          body: Buffer.concat(chunks),
        }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

function decode({ headers, body }: Answer): string {
  const encoding = headers["content-encoding"];
  const bytes =
    encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;
  return bytes.toString("utf8");
}

const KNOWN_IDS = [
  "pod",
  "kubelet",
  "control-plane",
  "master",
  "마스터",
  "k8s",
  "container",
  "google",
  "dockershim",
];
const NASTY = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "..",
  "../../etc/passwd",
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2f",
  "%",
  "%zz",
  "%E0%A4%A",
  "%C0%AF",
  "%00",
  "%FF%FE",
  "%uD800",
  "a%2Fb",
  "",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "<script>alert(1)</script>",
  "'%20OR%201=1%20--",
  "a+b",
];

/** Text that is safe to put in a request line once encoded. */
const unicodeText = fc.string({ unit: "grapheme", maxLength: 40 }).map(encodeURIComponent);
const hugeNumber = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String);
const number = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }).map(String),
  fc.double().map(String),
  hugeNumber,
);
const longText = fc.string({ minLength: 150, maxLength: 400, unit: "binary-ascii" }).map(encodeURIComponent);

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...KNOWN_IDS).map(encodeURIComponent) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: unicodeText },
  { weight: 1, arbitrary: number },
  { weight: 1, arbitrary: longText },
);

const VALUES = [
  "ko",
  "en",
  "json",
  "gexf",
  "graphml",
  "both",
  "in",
  "out",
  "uses,part-of",
  "part-of",
  "docker",
  "resource",
  "fundamental",
  "legacy",
];
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALUES, ...KNOWN_IDS.map(encodeURIComponent)) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: number },
  { weight: 2, arbitrary: unicodeText },
  { weight: 1, arbitrary: longText },
);
const KEYS = [
  "lang",
  "kind",
  "tag",
  "level",
  "status",
  "limit",
  "cursor",
  "depth",
  "relation",
  "direction",
  "from",
  "to",
  "q",
  "format",
];
const key = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KEYS) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "q[]",
      "limit[0]",
      "a[b][c]",
      "__proto__[polluted]",
      "",
    ),
  },
  { weight: 1, arbitrary: unicodeText },
);
const query = fc.array(fc.tuple(key, value), { maxLength: 6 }).chain((pairs) =>
  // Repeat some parameters on purpose.
  fc.subarray(pairs).map((again) => [...pairs, ...again].map(([name, text]) => `${name}=${text}`).join("&")),
);

const path = fc.oneof(
  fc.constantFrom(
    "/api/v1/concepts",
    "/api/v1/paths",
    "/api/v1/search",
    "/api/v1/graph",
    "/api/v1/schema",
    "/api/v1/openapi.json",
    "/api/v1/problems",
    "/api/v1",
    "/api/v1/",
    "/healthz",
    "/readyz",
    "/",
  ),
  segment.map((s) => `/api/v1/concepts/${s}`),
  segment.map((s) => `/api/v1/concepts/${s}/neighbors`),
  segment.map((s) => `/api/v1/learning-path/${s}`),
  segment.map((s) => `/api/v1/problems/${s}`),
  segment.map((s) => `/api/v1/docs/${s}`),
  segment.map((s) => `/api/v1/${s}`),
  segment.map((s) => `/${s}`),
  fc.tuple(segment, segment).map(([a, b]) => `/api/v1/concepts/${a}/${b}`),
);

const method = fc.oneof(
  { weight: 8, arbitrary: fc.constant("GET") },
  { weight: 2, arbitrary: fc.constantFrom("HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS") },
);
const headers = fc.record(
  {
    "Accept-Encoding": fc.constantFrom("identity", "gzip", "br", "gzip, br", "*", "compress;q=0.5"),
    "If-None-Match": fc.constantFrom("*", '"abc"', 'W/"x", "y"', "garbage"),
    Origin: fc.constantFrom("https://example.org", "null"),
  },
  { requiredKeys: [] },
);

describe("generated requests", () => {
  it(`never answer 5xx, and answer every 4xx with a problem document (${RUNS} requests)`, async () => {
    let sent = 0;
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(method, path, query, headers, async (verb, target, search, extra) => {
        const url = search ? `${target}?${search}` : target;
        const answer = await send(verb, url, extra);
        sent++;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        expect(answer.status, `${verb} ${url}`).toBeLessThan(500);
        if (answer.status < 400 || verb === "HEAD") return;
        expect(answer.headers["content-type"], `${verb} ${url}`).toBe(
          "application/problem+json; charset=utf-8",
        );
        const body = JSON.parse(decode(answer));
        expect(body.status).toBe(answer.status);
        expect(validator.check(verb, url, answer.status, answer.headers, body), `${verb} ${url}`).toEqual([]);
      }),
      { numRuns: RUNS },
    );
    expect(sent).toBeGreaterThanOrEqual(2_000);
    // The generators reach both answers and refusals (200s are the rarest: about 2-3 % of the requests).
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(50);
    expect(statuses.get(404) ?? 0).toBeGreaterThan(50);
    // `__proto__[polluted]=…` and friends reached no prototype.
    expect(Object.prototype).not.toHaveProperty("polluted");
  }, 120_000);
});
