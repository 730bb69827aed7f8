/**
 * Entry file: read the configuration, load the knowledge, listen, and on SIGTERM/SIGINT stop accepting,
 * finish in-flight requests and exit 0. Start-up faults print one line (plus content problems, one per line)
 * and exit non-zero, without a stack trace. With `--watch`, edits to the content directory are reloaded while
 * the server runs; invalid edits print their problems and leave the last valid graph serving.
 */
import { type Logger, pino } from "pino";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createContext } from "./context.js";
import { createServer } from "./create-server.js";
import { createKnowledgeStore, type KnowledgeStore } from "./knowledge-store.js";
import { closeGracefully, listen } from "./listen.js";
import { type LiveReload, startLiveReload } from "./live-reload.js";
import { loadKnowledgeSource, StartupError } from "./load-knowledge-source.js";
import { formatContentProblems } from "./read-content.js";

const NAME = "kubenotes-api";

/** Exit codes: 2 for configuration the user must fix, 1 for everything else that stops the start. */
function exitCodeOf(error: unknown): number {
  return error instanceof ConfigError ? 2 : 1;
}

function describeListenError(error: NodeJS.ErrnoException, host: string, port: number): string {
  if (error.code === "EADDRINUSE")
    return `cannot listen on ${host}:${port}: the address is already in use (set PORT to a free port)`;
  if (error.code === "EACCES")
    return `cannot listen on ${host}:${port}: permission denied (use a port above 1023)`;
  if (error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND")
    return `cannot listen on ${host}:${port}: no such address (check HOST)`;
  return `cannot listen on ${host}:${port}: ${error.code ?? error.message}`;
}

function fail(error: unknown): never {
  if (error instanceof StartupError) for (const line of error.details) process.stderr.write(`${line}\n`);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `${NAME}: ${error instanceof ConfigError || error instanceof StartupError ? "" : "unexpected error: "}${message}\n`,
  );
  process.exit(exitCodeOf(error));
}

/** Reloads are announced in the log; refused content is printed for the person editing it, file:line first. */
function watchForEdits(directory: string, store: KnowledgeStore, config: Config, logger: Logger): LiveReload {
  let stale = false;
  const live = startLiveReload({
    directory,
    store,
    debounceMs: config.watchDebounceMs,
    onReload: (outcome) => {
      if (outcome.kind === "refused") {
        stale = true;
        const count = outcome.problems.length;
        for (const line of formatContentProblems(directory, outcome.problems))
          process.stderr.write(`${line}\n`);
        process.stderr.write(
          `${NAME}: content in ${directory} is invalid (${count} problem${count === 1 ? "" : "s"}); still serving the last valid graph (${store.current.contentHash.slice(0, 12)})\n`,
        );
        logger.warn({ problems: count, ms: outcome.ms }, "content refused; serving the last valid graph");
        return;
      }
      if (outcome.kind === "reloaded") {
        const { concepts, relations, contentHash, ms } = outcome;
        logger.info(
          { concepts, relations, contentHash, ms },
          `reloaded the content: ${concepts} concepts, ${relations} relations (${ms} ms)`,
        );
      } else if (stale) {
        logger.info({ contentHash: outcome.contentHash }, "content valid again (same as served)");
      }
      stale = false;
    },
    onWatchError: (error) =>
      logger.error({ err: error }, "watching the content failed; restart to pick up further edits"),
  });
  logger.info({ directory }, `watching ${directory} for changes`);
  return live;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, process.argv.slice(2));
  const logger = pino({ level: config.logLevel, base: { name: NAME } });
  const knowledge = await loadKnowledgeSource(config);
  let draining = false;
  const store = createKnowledgeStore(createContext(knowledge, config.server));
  const app = createServer({ store, logger, isDraining: () => draining });
  const server = await listen(app, config).catch((error: NodeJS.ErrnoException) => {
    throw new StartupError(describeListenError(error, config.host, config.port));
  });
  const live =
    config.watch && config.contentDirectory !== null
      ? watchForEdits(config.contentDirectory, store, config, logger)
      : undefined;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (draining) {
      // A second Ctrl-C means "now".
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    draining = true;
    live?.close();
    logger.info({ signal }, "shutting down: no new connections; finishing in-flight requests");
    const finished = await closeGracefully(server, config.shutdownTimeoutMs);
    if (finished) logger.info("all requests finished; bye");
    else
      logger.error({ timeoutMs: config.shutdownTimeoutMs }, "shutdown timed out; open connections were cut");
    logger.flush?.();
    process.exit(finished ? 0 : 1);
  };
  // Handlers go in before the line that tells the world we listen: a signal sent on reading it must find them.
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  logger.info(
    { url, port, concepts: knowledge.graph.order, relations: knowledge.graph.size, source: knowledge.source },
    `listening on ${url} (API at ${url}/api/v1, reference at ${url}/api/v1/docs/)`,
  );
}

main().catch(fail);
