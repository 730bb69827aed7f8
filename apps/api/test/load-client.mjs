// Load generator for src/load.test.ts, run as a child process so its CPU and memory stay out of the
// server's figures. Reads its options as JSON from argv[2], drives autocannon against 127.0.0.1 only, and
// prints autocannon's result as one JSON line on stdout.
import autocannon from "autocannon";

const options = JSON.parse(process.argv[2] ?? "{}");
const url = new URL(options.url);
if (url.hostname !== "127.0.0.1") {
  process.stderr.write(`load-client: refusing ${url.hostname}; only 127.0.0.1 is loaded\n`);
  process.exit(2);
}

const result = await autocannon({
  url: url.origin,
  connections: options.connections,
  duration: options.durationSeconds,
  // A cap on the count as well as the time, whatever the machine's speed.
  maxOverallRequests: options.maxRequests,
  timeout: options.timeoutSeconds,
  requests: options.requests,
});

process.stdout.write(
  `${JSON.stringify({
    requests: result.requests,
    latency: result.latency,
    throughput: result.throughput,
    errors: result.errors,
    timeouts: result.timeouts,
    resets: result.resets,
    mismatches: result.mismatches,
    non2xx: result.non2xx,
    statusCodeStats: result.statusCodeStats,
    duration: result.duration,
    connections: result.connections,
  })}\n`,
);
