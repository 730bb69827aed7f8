/**
 * The express application over the loaded graph: the REST API under /api/v1, health checks, the API
 * reference and (when built) the web viewer. It answers from a knowledge store, so a reload can swap the
 * graph under a running server. Listening is the entry file's business, so tests drive this with supertest
 * and no port.
 */
import express, { type Express } from "express";
import { type Logger, pino } from "pino";
import { API_BASE } from "./api-base.js";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "./config.js";
import { createContext, type Knowledge } from "./context.js";
import { RouteNotFoundError } from "./errors.js";
import { createKnowledgeStore, type KnowledgeStore } from "./knowledge-store.js";
import { corsPolicy } from "./middleware/cors-policy.js";
import { drainConnections } from "./middleware/drain-connections.js";
import { errorHandler } from "./middleware/error-handler.js";
import { inSeries } from "./middleware/in-series.js";
import { rateLimiter } from "./middleware/rate-limiter.js";
import { requestLimits } from "./middleware/request-limits.js";
import { requestLogger } from "./middleware/request-logger.js";
import { dataSecurityHeaders } from "./middleware/security-headers.js";
import { conceptsRoutes } from "./routes/concepts.js";
import { docsRoutes } from "./routes/docs.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { type Routes, readOnly } from "./routes/register-operation.js";
import { searchRoutes } from "./routes/search.js";
import { serviceRoutes } from "./routes/service.js";
import { traversalRoutes } from "./routes/traversal.js";
import { webViewer } from "./routes/web-viewer.js";

interface CommonOptions {
  /** Request logger (default: a silent pino logger). */
  logger?: Logger;
  /** True once shutdown has begun: /readyz answers 503 and responses close their connections (default: never). */
  isDraining?: () => boolean;
}

/** Serves the knowledge given here for the server's whole life… */
interface FixedKnowledgeOptions extends CommonOptions {
  /** The validated graph, its layout and content hash (see loadKnowledgeSource). */
  knowledge: Knowledge;
  /** Overrides of DEFAULT_SERVER_SETTINGS (CORS, rate limit, caching, limits, web root). */
  settings?: Partial<ServerSettings>;
}

/** …or the store's current knowledge, which may be swapped while it runs (`--watch`); its contexts carry the settings. */
interface LiveKnowledgeOptions extends CommonOptions {
  store: KnowledgeStore;
}

export type CreateServerOptions = FixedKnowledgeOptions | LiveKnowledgeOptions;

export function createServer(options: CreateServerOptions): Express {
  const store =
    "store" in options
      ? options.store
      : createKnowledgeStore(
          createContext(options.knowledge, { ...DEFAULT_SERVER_SETTINGS, ...options.settings }),
        );
  const settings: ServerSettings = store.current.settings;
  const isDraining = options.isDraining ?? (() => false);
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false); // representations carry their own strong ETags (http/entity-tag.ts)
  app.set("query parser", "simple"); // flat string | string[] values: no nested objects from `a[b]=c`
  app.set("trust proxy", settings.trustProxy);

  drainConnections(app, isDraining);
  // What every request goes through, as one layer (see in-series.ts).
  app.use(
    inSeries(
      requestLogger(options.logger ?? pino({ level: "silent" })),
      requestLimits(settings),
      dataSecurityHeaders(),
      corsPolicy(settings.corsOrigins),
    ),
  );

  // Every operation is a route of the app itself, at its full path: a request walks one list of routes, not
  // a router per group inside a router for the API.
  const api: Routes = { route: (path: string) => app.route<string>(`${API_BASE}${path}`) };
  healthRoutes(api, store, isDraining); // before the limiter: probes are never rate limited
  const limiter = rateLimiter(settings.rateLimitPerMinute);
  if (limiter) app.use(API_BASE, limiter);
  conceptsRoutes(api, store);
  traversalRoutes(api, store);
  searchRoutes(api, store);
  graphRoutes(api, store);
  serviceRoutes(api, store);
  app.use(API_BASE, docsRoutes());
  healthRoutes(app, store, isDraining); // after the API: its requests need not walk these
  // Nothing under /api ever falls through to the viewer's index.html.
  app.use("/api", (request, _response, next) => next(new RouteNotFoundError(request.originalUrl)));

  const viewer = webViewer(settings.webRoot);
  if (viewer) {
    app.use(viewer);
  } else {
    app
      .route("/")
      .get((_request, response) => response.redirect(302, `${API_BASE}/docs/`))
      .all(readOnly);
  }
  app.use((request, _response, next) => next(new RouteNotFoundError(request.originalUrl)));
  app.use(errorHandler());
  return app;
}
