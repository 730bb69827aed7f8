/** One throughput figure: autocannon (programmatic, loopback) cycling through a fixed list of paths. */
import autocannon from "autocannon";

export interface LoadFigures {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in ms (autocannon's histogram has 1 ms resolution). */
  p50: number;
  p99: number;
}

export class LoadTestError extends Error {
  override readonly name = "LoadTestError";
}

export async function loadTest(
  origin: string,
  paths: readonly string[],
  options: { seconds: number; connections: number },
): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url: origin,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
      },
    ],
  });
  // A server that errors or answers non-2xx is broken, not slow: that fails the run.
  if (result.errors > 0 || result.non2xx > 0 || result.requests.total === 0) {
    throw new LoadTestError(
      `${origin}${paths[0]}…: ${result.errors} connection errors, ${result.non2xx} non-2xx responses, ${result.requests.total} requests`,
    );
  }
  return {
    requests: result.requests.total,
    seconds: result.duration,
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}
