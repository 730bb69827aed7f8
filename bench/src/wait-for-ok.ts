/**
 * Polls a URL until it answers 200, as a load balancer's health check would: a fresh connection per try,
 * retried every 2 ms while the port refuses connections (the process is still starting).
 */
import { get } from "node:http";

const RETRY_MS = 2;

function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = get(url, { agent: false }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode ?? 0));
    });
    request.once("error", () => resolve(0));
  });
}

/**
 * @param stop aborted when waiting is pointless (the server process ended): polling stops at once
 * @throws Error when `timeoutMs` passes without a 200, or `stop` is aborted
 */
export async function waitForOk(url: string, timeoutMs: number, stop?: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await status(url)) !== 200) {
    if (stop?.aborted) throw new Error(`${url}: stopped waiting (${String(stop.reason)})`);
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
