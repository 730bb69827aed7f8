import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { listen } from "./listen.js";
import { PROBLEM_TYPES } from "./problem-types.js";
import { fixtureApp } from "./testing/fixture-server.js";
import { createSpecClient } from "./testing/spec-client.js";
import { toProblem } from "./to-problem.js";

const app = await fixtureApp();
const api = createSpecClient(app);

describe("unknown paths", () => {
  it.each([
    "/api/v1/nothing",
    "/api/v1/concepts/pod/friends",
    "/api/v2/concepts",
    "/api",
    "/somewhere",
    "/favicon.ico",
  ])("%s answers a 404 problem", async (url) => {
    const response = await api.get(url);
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ type: "/api/v1/problems/not-found", status: 404, instance: url });
  });

  it("answers / with a redirect to the reference when the viewer is not built", async () => {
    const response = await api.get("/");
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe("/api/v1/docs/");
  });
});

describe("wrong methods", () => {
  it.each([
    ["POST", "/api/v1/concepts"],
    ["PUT", "/api/v1/concepts/pod"],
    ["DELETE", "/api/v1/concepts/pod"],
    ["PATCH", "/api/v1/graph"],
    ["POST", "/api/v1/search"],
    ["DELETE", "/api/v1/docs/"],
    ["POST", "/healthz"],
    ["PUT", "/"],
  ])("%s %s answers 405 with Allow", async (method, url) => {
    const response = await api.send(method, url);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(response.body).toMatchObject({
      type: "/api/v1/problems/method-not-allowed",
      allowedMethods: ["GET", "HEAD", "OPTIONS"],
    });
  });

  it("answers OPTIONS with 204 and Allow", async () => {
    const response = await api.send("OPTIONS", "/api/v1/concepts/pod");
    expect(response.status).toBe(204);
    expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
  });

  it("answers HEAD like GET without a body", async () => {
    const get = await api.get("/api/v1/concepts/pod", { "Accept-Encoding": "identity" });
    const head = await api.send("HEAD", "/api/v1/concepts/pod", { "Accept-Encoding": "identity" });
    expect(head.status).toBe(200);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers["content-length"]).toBe(get.headers["content-length"]);
    expect(head.text ?? "").toBe("");
  });
});

describe("request limits", () => {
  it("answers 414 for a request target over the limit", async () => {
    const response = await api.get(`/api/v1/search?q=${"a".repeat(5000)}`);
    expect(response.status).toBe(414);
    expect(response.body).toMatchObject({ type: "/api/v1/problems/uri-too-long", limit: 4096 });
    expect(response.body.instance.length).toBeLessThan(300);
  });

  it.each([
    ["a declared body over the limit", { "Content-Length": "4096" }, "x".repeat(4096)],
    ["a chunked body", { "Transfer-Encoding": "chunked" }, "x"],
  ])("answers 413 for %s", async (_case, headers, body) => {
    const server = await listen(app, { host: "127.0.0.1", port: 0 });
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<{ status: number; type: string }>((resolve, reject) => {
      const outgoing = httpRequest(
        { host: "127.0.0.1", port, method: "POST", path: "/api/v1/concepts", headers },
        (incoming) => {
          incoming.resume();
          incoming.on("end", () =>
            resolve({ status: incoming.statusCode ?? 0, type: incoming.headers["content-type"] ?? "" }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
    server.close();
    expect(answer).toEqual({ status: 413, type: "application/problem+json; charset=utf-8" });
  });

  it("answers 400 for a path with invalid percent-encoding", async () => {
    for (const url of ["/api/v1/concepts/%E0%A4%A", "/api/v1/concepts/%", "/api/v1/learning-path/%C0%AF"]) {
      const response = await api.get(url);
      expect(response.status, url).toBe(400);
      expect(response.body.type).toBe("/api/v1/problems/malformed-request");
    }
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a client is over the limit, and advertises the policy", async () => {
    const limited = createSpecClient(await fixtureApp({ rateLimitPerMinute: 3 }));
    for (let index = 0; index < 3; index++) {
      const response = await limited.get("/api/v1/concepts/pod");
      expect(response.status).toBe(200);
      expect(response.headers["ratelimit-policy"]).toBe("3;w=60");
    }
    const response = await limited.get("/api/v1/concepts/pod");
    expect(response.status).toBe(429);
    expect(response.body).toMatchObject({ type: "/api/v1/problems/too-many-requests", limit: 3 });
    expect(Number(response.headers["retry-after"])).toBeGreaterThan(0);
    expect(response.body.retryAfterSeconds).toBe(Number(response.headers["retry-after"]));
  });

  it("is on by default", async () => {
    const { createServer } = await import("./create-server.js");
    const { fixtureKnowledge } = await import("./testing/fixture-server.js");
    const client = createSpecClient(
      createServer({ knowledge: await fixtureKnowledge(), settings: { webRoot: null } }),
    );
    expect((await client.get("/api/v1/schema")).headers["ratelimit-policy"]).toBe("600;w=60");
  });
});

describe("requests Node cannot parse", () => {
  const servers: { close: () => void }[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });

  async function raw(text: string, keepOpen = false): Promise<string> {
    const server = await listen(app, {
      host: "127.0.0.1",
      port: 0,
      timeouts: { requestMs: 400, headersMs: 300 },
    });
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    return new Promise((resolve, reject) => {
      const socket = connect(port, "127.0.0.1", () => (keepOpen ? socket.write(text) : socket.end(text)));
      let answer = "";
      socket.on("data", (chunk) => {
        answer += chunk;
      });
      socket.on("end", () => resolve(answer));
      socket.on("error", reject);
    });
  }

  it("answers a malformed request line with a problem document", async () => {
    const answer = await raw("GET /api/v1/concepts/a\u0001b HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain("Content-Type: application/problem+json");
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body).toMatchObject({ type: "/api/v1/problems/malformed-request", status: 400 });
  });

  it("answers a request whose headers never finish with a 408 problem document", async () => {
    const answer = await raw("GET /api/v1/concepts HTTP/1.1\r\nHost: x\r\n", true);
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).type).toBe(
      "/api/v1/problems/request-timeout",
    );
  });

  it("answers oversized headers with a 431 problem document", async () => {
    const answer = await raw(
      `GET /api/v1/concepts HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)).type).toBe(
      "/api/v1/problems/headers-too-large",
    );
  });
});

describe("toProblem", () => {
  it("turns an unexpected error into a bare 500 without its message or stack", () => {
    const error = new Error("database password is hunter2");
    const { problem } = toProblem(error, "/api/v1/concepts");
    expect(problem).toEqual({
      type: "/api/v1/problems/internal-error",
      title: PROBLEM_TYPES["internal-error"].title,
      status: 500,
      detail: expect.any(String),
      instance: "/api/v1/concepts",
    });
    expect(JSON.stringify(problem)).not.toContain("hunter2");
    expect(JSON.stringify(problem)).not.toContain("at ");
  });

  it("gives every problem type a fixed status", () => {
    for (const [id, spec] of Object.entries(PROBLEM_TYPES))
      expect(spec.status, id).toBeGreaterThanOrEqual(400);
  });
});
