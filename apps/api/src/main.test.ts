/**
 * The real entry file (dist/main.js, built by `npm run build`): graceful shutdown under load, and start-up
 * faults that print one line and exit non-zero.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { Agent, get, type IncomingMessage } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeLayout, createSnapshot } from "@kubenotes/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURE_CONTENT, fixtureKnowledge } from "./testing/fixture-server.js";

const MAIN = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "kubenotes-main-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

beforeAll(() => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build -w @kubenotes/api\` first`);
});

interface Running {
  child: ChildProcess;
  port: Promise<number>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
  stderr: () => string;
}

interface StartOptions {
  /** Command-line arguments (default none). */
  args?: string[];
  /** Run the server as this user and group (only root may). */
  user?: { uid: number; gid: number };
}

function start(env: Record<string, string>, options: StartOptions = {}): Running {
  const child = spawn(process.execPath, [MAIN, ...(options.args ?? [])], {
    ...(options.user ?? {}),
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      PORT: "0",
      KUBENOTES_RATE_LIMIT: "0",
      KUBENOTES_WEB_ROOT: "none",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const port = new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
      const match = /"msg":"listening[^\n]*/.exec(stdout);
      const line = match ? stdout.slice(stdout.lastIndexOf("\n", match.index) + 1).split("\n")[0] : undefined;
      if (line) resolve(JSON.parse(line).port);
    });
    child.once("exit", () => reject(new Error(`exited before listening: ${stderr}`)));
  });
  port.catch(() => undefined);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, port, exit, stdout: () => stdout, stderr: () => stderr };
}

function logLines(text: string): { msg: string; req?: { id: string } }[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line));
}

interface Outcome {
  id: string;
  status?: number;
  complete?: boolean;
  error?: string;
}

/** GET that reports whether the whole body arrived (Content-Length bytes). */
function fetchFully(
  port: number,
  path: string,
  id: string,
  agent: Agent,
  onResponse?: (response: IncomingMessage) => void,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const outgoing = get(
      {
        host: "127.0.0.1",
        port,
        path,
        agent,
        headers: { "X-Request-Id": id, "Accept-Encoding": "identity" },
      },
      (response) => {
        let received = 0;
        onResponse?.(response);
        response.on("data", (chunk: Buffer) => {
          received += chunk.length;
        });
        response.on("end", () => {
          const declared = Number(response.headers["content-length"]);
          resolve({ id, status: response.statusCode, complete: response.complete && received === declared });
        });
        response.on("error", (error: NodeJS.ErrnoException) =>
          resolve({ id, status: response.statusCode, complete: false, error: error.code ?? error.message }),
        );
      },
    );
    outgoing.on("error", (error: NodeJS.ErrnoException) =>
      resolve({ id, error: error.code ?? error.message }),
    );
  });
}

const URLS = [
  "/api/v1/concepts?limit=5",
  "/api/v1/concepts/pod?lang=en",
  "/api/v1/concepts/master",
  "/api/v1/graph",
  "/api/v1/graph?format=graphml",
  `/api/v1/search?q=${encodeURIComponent("파드")}`,
  "/api/v1/paths?from=kubectl&to=pod",
  "/api/v1/concepts/nope",
];

describe("graceful shutdown", () => {
  it("finishes every request it received when SIGTERM arrives under load, then exits 0", async () => {
    // A web root with one asset far bigger than the socket buffers: a client that holds back its body keeps
    // that response in flight inside the server.
    const webRoot = join(scratch, "web");
    mkdirSync(join(webRoot, "assets"), { recursive: true });
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>viewer</title>");
    writeFileSync(join(webRoot, "assets", "big-0123.bin"), Buffer.alloc(48 * 1024 * 1024, 7));
    const server = start({
      KUBENOTES_CONTENT: FIXTURE_CONTENT,
      KUBENOTES_WEB_ROOT: webRoot,
      // debug: every request gets a line, so each one can be checked off below.
      LOG_LEVEL: "debug",
    });
    const port = await server.port;
    let exited = false;
    void server.exit.then(() => {
      exited = true;
    });

    const held: IncomingMessage[] = [];
    const slow = Array.from({ length: 3 }, (_, index) =>
      fetchFully(port, "/assets/big-0123.bin", `slow-${index}`, new Agent(), (response) => {
        response.pause();
        held.push(response);
      }),
    );
    await waitFor(() => held.length === 3);

    // Load: keep-alive clients sending requests back to back until told to stop.
    let stop = false;
    let sequence = 0;
    const outcomes: Outcome[] = [];
    const workers = Array.from({ length: 12 }, async (_, worker) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      while (!stop) {
        const outcome = await fetchFully(
          port,
          URLS[sequence % URLS.length] ?? "/",
          `load-${worker}-${sequence++}`,
          agent,
        );
        outcomes.push(outcome);
        if (outcome.error === "ECONNREFUSED") break;
      }
      agent.destroy();
    });
    await waitFor(() => outcomes.length >= 300);
    const beforeSignal = outcomes.length;
    server.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop = true;
    // The server must still be waiting for the held responses.
    expect(exited).toBe(false);
    for (const response of held) response.resume();
    const slowOutcomes = await Promise.all(slow);
    await Promise.all(workers);
    const { code, signal } = await server.exit;

    expect({ code, signal }).toEqual({ code: 0, signal: null });
    for (const outcome of slowOutcomes) expect(outcome).toMatchObject({ status: 200, complete: true });

    const logs = logLines(server.stdout());
    const seen = new Map(logs.filter((line) => line.req).map((line) => [line.req?.id, line.msg]));
    expect([...seen.values()]).not.toContain("request aborted");
    for (const outcome of outcomes) {
      if (outcome.error === undefined) {
        expect(outcome.complete, outcome.id).toBe(true);
        expect(seen.get(outcome.id), outcome.id).toBe("request completed");
      } else {
        // Only connections opened after the listener closed may fail, and they are refused, never reset:
        // no request the server had (even one still in a socket buffer) is dropped.
        expect(outcome.error, outcome.id).toBe("ECONNREFUSED");
        expect(seen.has(outcome.id), outcome.id).toBe(false);
      }
    }
    expect(outcomes.length).toBeGreaterThan(beforeSignal);
    expect(logs.map((line) => line.msg)).toEqual(expect.arrayContaining(["all requests finished; bye"]));
  }, 60_000);

  it("exits 0 on SIGINT too", async () => {
    const server = start({ KUBENOTES_CONTENT: FIXTURE_CONTENT });
    await server.port;
    server.child.kill("SIGINT");
    expect(await server.exit).toEqual({ code: 0, signal: null });
  }, 30_000);
});

/** Polls until `condition` holds, with a deadline. */
async function eventually(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function getJson(
  port: number,
  path: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("--watch", () => {
  it("reloads valid edits, prints invalid ones as file:line while serving the last valid graph, and recovers", async () => {
    const content = join(scratch, "watched");
    cpSync(FIXTURE_CONTENT, content, { recursive: true });
    const pod = join(content, "pod.md");
    const original = readFileSync(pod, "utf8");
    const server = start(
      { KUBENOTES_CONTENT: content, KUBENOTES_WATCH_DEBOUNCE_MS: "50" },
      { args: ["--watch"] },
    );
    const port = await server.port;
    const first = await getJson(port, "/readyz");
    expect(first.body).toMatchObject({ status: "ready", concepts: 23, problems: [] });
    // Browsers revalidate at once while authoring.
    const cached = await fetch(`http://127.0.0.1:${port}/api/v1/concepts/pod`);
    await cached.arrayBuffer();
    expect(cached.headers.get("cache-control")).toBe("public, max-age=0");

    writeFileSync(pod, original.replace("kind: resource", "kind: gadget"));
    await eventually(() => /content in .* is invalid/.test(server.stderr()));
    expect(server.stderr()).toMatch(/^\S*pod\.md:\d+: .*\[invalid-value\]$/m);
    const stale = await getJson(port, "/readyz");
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ status: "stale", contentHash: first.body.contentHash });
    expect(stale.body.problems).toEqual([expect.objectContaining({ file: "pod.md", code: "invalid-value" })]);
    expect((await getJson(port, "/api/v1/concepts/pod?lang=en")).body.name).toBe("Pod");

    writeFileSync(pod, original.replace("  en: Pod\n", "  en: Pod, edited live\n"));
    await eventually(async () => (await getJson(port, "/readyz")).body.status === "ready");
    expect((await getJson(port, "/api/v1/concepts/pod?lang=en")).body.name).toBe("Pod, edited live");
    expect(server.stdout()).toMatch(/"msg":"reloaded the content: 23 concepts/);

    server.child.kill("SIGTERM");
    expect(await server.exit).toEqual({ code: 0, signal: null });
    expect(server.stderr()).not.toMatch(/^\s+at /m);
  }, 30_000);
});

/**
 * Whether a user other than root could run the built server: every directory above the package is
 * searchable by others. Files below are assumed world-readable (npm installs them 644/755).
 */
function othersCanRun(): boolean {
  for (let path = dirname(MAIN); ; path = dirname(path)) {
    if ((statSync(path).mode & 0o001) === 0) return false;
    if (dirname(path) === path) return true;
  }
}

const ROOT = process.getuid?.() === 0;
/** Root reads through `chmod 000`: the server then runs as nobody, or failing that, finds a file in place. */
const UNREADABLE_HOW = !ROOT
  ? "chmod 000"
  : othersCanRun()
    ? "chmod 000, server run as nobody"
    : "a file in its place";

describe("start-up", () => {
  it("serves a snapshot file", async () => {
    const knowledge = await fixtureKnowledge();
    const snapshot = join(scratch, "snapshot.json");
    writeFileSync(snapshot, createSnapshot(knowledge.graph, computeLayout(knowledge.graph)));
    const server = start({ KUBENOTES_SNAPSHOT: snapshot });
    const port = await server.port;
    const outcome = await fetchFully(port, "/api/v1/concepts/pod", "snapshot", new Agent());
    expect(outcome).toMatchObject({ status: 200, complete: true });
    server.child.kill("SIGTERM");
    expect((await server.exit).code).toBe(0);
  }, 30_000);

  function brokenContent(): string {
    const directory = join(scratch, "broken");
    cpSync(FIXTURE_CONTENT, directory, { recursive: true });
    const file = join(directory, readdirSync(directory).find((name) => name === "pod.md") ?? "pod.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("kind: resource", "kind: gadget"));
    return directory;
  }

  const corrupt = () => {
    const file = join(scratch, "corrupt.json");
    writeFileSync(file, '{"format":"kubenotes-snapshot"}\n[]\n{}\n');
    return file;
  };

  it.each([
    ["an invalid PORT", () => ({ PORT: "eighty" }), 2],
    ["a PORT out of range", () => ({ PORT: "70000" }), 2],
    ["a missing content directory", () => ({ KUBENOTES_CONTENT: join(scratch, "nowhere") }), 1],
    ["a missing snapshot", () => ({ KUBENOTES_SNAPSHOT: join(scratch, "missing.json") }), 1],
    ["a corrupt snapshot", () => ({ KUBENOTES_SNAPSHOT: corrupt() }), 1],
  ])(
    "stops on %s with one line and no stack trace",
    async (_case, env, expected) => {
      const server = start(env());
      const { code } = await server.exit;
      expect(code).toBe(expected);
      const lines = server.stderr().trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^kubenotes-api: /);
      expect(server.stderr()).not.toMatch(/^\s+at /m);
    },
    30_000,
  );

  it.each([
    ["a content path that is a file", () => ({ KUBENOTES_CONTENT: join(FIXTURE_CONTENT, "pod.md") }), 1],
    ["a snapshot path that is a directory", () => ({ KUBENOTES_SNAPSHOT: FIXTURE_CONTENT }), 1],
    [
      "a HOST that is not this machine's",
      () => ({ HOST: "192.0.2.1", KUBENOTES_CONTENT: FIXTURE_CONTENT }),
      1,
    ],
    [
      "a headers timeout over the request timeout",
      () => ({ KUBENOTES_HEADERS_TIMEOUT_MS: "9000", KUBENOTES_REQUEST_TIMEOUT_MS: "1000" }),
      2,
    ],
  ])(
    "stops on %s with one line and no stack trace",
    async (_case, env, expected) => {
      const server = start(env());
      const { code } = await server.exit;
      expect(code).toBe(expected);
      const lines = server.stderr().trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^kubenotes-api: /);
    },
    30_000,
  );

  it("stops on an unknown command-line argument with exit code 2", async () => {
    const server = start({ KUBENOTES_CONTENT: FIXTURE_CONTENT }, { args: ["--wacth"] });
    expect((await server.exit).code).toBe(2);
    expect(server.stderr()).toMatch(/^kubenotes-api: .*arguments/);
    expect(server.stderr().trimEnd().split("\n")).toHaveLength(1);
  }, 30_000);

  it(`stops on an unreadable content directory (${UNREADABLE_HOW}) with one line`, async () => {
    const directory = join(scratch, "unreadable");
    let user: StartOptions["user"];
    if (UNREADABLE_HOW === "a file in its place") {
      writeFileSync(directory, "not a directory");
    } else {
      cpSync(FIXTURE_CONTENT, directory, { recursive: true });
      chmodSync(directory, 0o000);
      if (ROOT) {
        chmodSync(scratch, 0o755);
        user = { uid: 65534, gid: 65534 };
      }
    }
    try {
      const server = start({ KUBENOTES_CONTENT: directory }, { user });
      expect((await server.exit).code).toBe(1);
      const lines = server.stderr().trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(
        UNREADABLE_HOW === "a file in its place"
          ? /^kubenotes-api: .*not a directory/
          : /^kubenotes-api: .*EACCES/,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 30_000);

  it("prints every content problem as file:line, then one line, and exits 1", async () => {
    const server = start({ KUBENOTES_CONTENT: brokenContent() });
    expect((await server.exit).code).toBe(1);
    const stderr = server.stderr();
    expect(stderr).toMatch(/pod\.md:\d+: .*\[invalid-value\]/);
    expect(stderr.trimEnd().split("\n").at(-1)).toMatch(/^kubenotes-api: /);
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it("stops with one line when the port is taken", async () => {
    const blocker = createNetServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address() as AddressInfo;
    const server = start({ KUBENOTES_CONTENT: FIXTURE_CONTENT, PORT: String(port) });
    const { code } = await server.exit;
    blocker.close();
    expect(code).toBe(1);
    expect(server.stderr().trimEnd().split("\n")).toHaveLength(1);
    expect(server.stderr()).toMatch(/^kubenotes-api: .*in use/);
  }, 30_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
