/**
 * Slow and oversized clients against a real listening server, over raw sockets (node:net) so nothing is
 * normalised: slow-loris connections are cut by the configured timeouts, oversized requests are refused with
 * a 4xx at once, and ordinary clients are served throughout.
 */
import type { Server } from "node:http";
import { type AddressInfo, connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen } from "./listen.js";
import { fixtureApp } from "./testing/fixture-server.js";

const TIMEOUTS = { headersMs: 600, requestMs: 1_200, keepAliveMs: 400 };
/** Node checks timeouts on an interval (listen sets it to headersMs / 4), and CI machines are slow. */
const SLACK_MS = 1_000;

let server: Server;
let port: number;
beforeAll(async () => {
  server = await listen(await fixtureApp(), { host: "127.0.0.1", port: 0, timeouts: TIMEOUTS });
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

interface Exchange {
  socket: Socket;
  /** Everything the server sent, resolved when it closed the connection, with the time that took. */
  closed: Promise<{ answer: string; ms: number }>;
}

function open(): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    const closed = new Promise<{ answer: string; ms: number }>((done) =>
      socket.on("close", () => done({ answer, ms: Date.now() - started })),
    );
    socket.once("error", () => undefined);
    socket.once("connect", () => resolve({ socket, closed }));
    socket.once("error", reject);
  });
}

/** Sends a whole request and waits for the answer's status line (the connection may stay open). */
async function exchange(text: string): Promise<{ status: number; ms: number; answer: string }> {
  const started = Date.now();
  const { socket, closed } = await open();
  socket.write(text);
  const answer = await new Promise<string>((resolve) => {
    let received = "";
    socket.on("data", (chunk: string) => {
      received += chunk;
      const head = received.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(received.slice(0, head));
      if (head !== -1 && length && received.length >= head + 4 + Number(length[1])) resolve(received);
    });
    void closed.then(({ answer }) => resolve(answer));
  });
  socket.destroy();
  return { status: Number(answer.slice(9, 12)), ms: Date.now() - started, answer };
}

function bodyOf(answer: string): { type?: string; invalidParams?: unknown[] } {
  return JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
}

/** An ordinary client: GET over a fresh connection, timed. */
async function ordinary(path = "/api/v1/concepts/pod"): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  await response.arrayBuffer();
  return { status: response.status, ms: Date.now() - started };
}

describe("slow clients", () => {
  it("cuts slow-loris connections that trickle their headers, serving others meanwhile", async () => {
    const trickling = await Promise.all(Array.from({ length: 50 }, open));
    const timers = trickling.map(({ socket }, index) => {
      socket.write(`GET /api/v1/concepts?limit=${index + 1} HTTP/1.1\r\nHost: x\r\n`);
      return setInterval(() => socket.writable && socket.write("X-Slow: 1\r\n"), 100);
    });
    try {
      const others: { status: number; ms: number }[] = [];
      while (others.length < 20) others.push(await ordinary());
      for (const other of others) expect(other.status).toBe(200);
      const results = await Promise.all(trickling.map(({ closed }) => closed));
      for (const { answer, ms } of results) {
        expect(answer).toMatch(/^HTTP\/1\.1 408 /);
        expect(bodyOf(answer).type).toBe("/api/v1/problems/request-timeout");
        expect(ms).toBeGreaterThanOrEqual(TIMEOUTS.headersMs - 50);
        expect(ms).toBeLessThan(TIMEOUTS.headersMs + SLACK_MS);
      }
    } finally {
      for (const timer of timers) clearInterval(timer);
    }
  });

  it("cuts a connection that never sends a byte", async () => {
    const { closed } = await open();
    const { ms } = await closed;
    expect(ms).toBeLessThan(TIMEOUTS.headersMs + SLACK_MS);
  });

  it("cuts a request whose body trickles in past the request timeout", async () => {
    const { socket, closed } = await open();
    socket.write("GET /api/v1/concepts/pod HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n");
    const timer = setInterval(() => socket.writable && socket.write("a"), 100);
    const { ms } = await closed;
    clearInterval(timer);
    expect(ms).toBeLessThan(TIMEOUTS.requestMs + SLACK_MS);
  });

  it("closes a connection that announces an oversized body right after refusing it", async () => {
    const { socket, closed } = await open();
    socket.write("GET /api/v1/concepts/pod HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n");
    const timer = setInterval(() => socket.writable && socket.write("a"), 50);
    const { answer, ms } = await closed;
    clearInterval(timer);
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(ms).toBeLessThan(TIMEOUTS.headersMs);
  });

  it("closes an idle keep-alive connection after the keep-alive timeout", async () => {
    const { socket, closed } = await open();
    socket.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const { answer, ms } = await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(ms).toBeGreaterThanOrEqual(TIMEOUTS.keepAliveMs - 50);
    // Node 20 waits one second more than it advertises (`Keep-Alive: timeout=`), so clients close first.
    expect(ms).toBeLessThan(TIMEOUTS.keepAliveMs + 1_000 + SLACK_MS);
  });
});

describe("oversized requests", () => {
  const FAST_MS = 500;

  it("answers headers over 16 KiB with 431", async () => {
    const { status, ms, answer } = await exchange(
      `GET /api/v1/concepts HTTP/1.1\r\nHost: x\r\nCookie: ${"a".repeat(64 * 1024)}\r\n\r\n`,
    );
    expect(status).toBe(431);
    expect(bodyOf(answer).type).toBe("/api/v1/problems/headers-too-large");
    expect(ms).toBeLessThan(FAST_MS);
  });

  it("answers thousands of headers with 431", async () => {
    const headers = Array.from({ length: 5_000 }, (_, index) => `X-H${index}: ${index}\r\n`).join("");
    const { status, ms } = await exchange(`GET /api/v1/concepts HTTP/1.1\r\nHost: x\r\n${headers}\r\n`);
    expect(status).toBe(431);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it.each([
    ["a 10 KB query string", `/api/v1/search?q=${"a".repeat(10_000)}`, 414],
    ["a 1 MB query string", `/api/v1/search?q=${"a".repeat(1_000_000)}`, 431],
    ["a 10 KB path", `/api/v1/concepts/${"a".repeat(10_000)}`, 414],
  ])("answers %s with %i", async (_case, target, expected) => {
    const { status, ms } = await exchange(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(status).toBe(expected);
    expect(ms).toBeLessThan(FAST_MS * 2);
  });

  it.each([
    ["2,000 repeated parameters", Array.from({ length: 2_000 }, () => "q").join("&")],
    ["500 unknown parameters", Array.from({ length: 500 }, (_, index) => `p${index}=1`).join("&")],
    ["nested brackets", Array.from({ length: 300 }, (_, index) => `a[${index}][b]=1`).join("&")],
  ])("answers %s with a short 400", async (_case, query) => {
    const { status, ms, answer } = await exchange(`GET /api/v1/search?${query} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(status).toBe(400);
    expect(ms).toBeLessThan(FAST_MS);
    const body = bodyOf(answer);
    expect(body.type).toBe("/api/v1/problems/invalid-parameter");
    expect(body.invalidParams?.length).toBeLessThanOrEqual(20);
    expect(answer.length).toBeLessThan(16 * 1024);
  });

  it.each([
    ["Content-Length and Transfer-Encoding", "Content-Length: 4\r\nTransfer-Encoding: chunked"],
    ["two different Content-Lengths", "Content-Length: 4\r\nContent-Length: 5"],
    ["an unusual Transfer-Encoding list", "Transfer-Encoding: chunked, identity"],
    ["whitespace before the colon", "Transfer-Encoding : chunked"],
  ])("refuses a request smuggling attempt (%s) with a 400 problem", async (_case, headers) => {
    const { status, answer } = await exchange(
      `GET /api/v1/concepts/pod HTTP/1.1\r\nHost: x\r\n${headers}\r\n\r\n0\r\n\r\n`,
    );
    expect(status).toBe(400);
    expect(bodyOf(answer).type).toBe("/api/v1/problems/malformed-request");
    expect(answer).not.toMatch(/HTTP\/1\.1 200/);
  });

  it("keeps serving ordinary clients during a burst of hostile requests", async () => {
    const hostile = Array.from({ length: 40 }, (_, index) =>
      exchange(
        index % 2 === 0
          ? `GET /api/v1/concepts HTTP/1.1\r\nHost: x\r\nX-Big: ${"b".repeat(40_000)}\r\n\r\n`
          : `GET /api/v1/search?${Array.from({ length: 1_000 }, () => "x").join("&")} HTTP/1.1\r\nHost: x\r\n\r\n`,
      ),
    );
    const others = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        ordinary(index % 2 ? "/api/v1/search?q=%ED%8C%8C%EB%93%9C" : "/api/v1/concepts/kubelet"),
      ),
    );
    for (const other of others) expect(other.status).toBe(200);
    for (const { status } of await Promise.all(hostile)) expect([400, 431]).toContain(status);
  });
});
