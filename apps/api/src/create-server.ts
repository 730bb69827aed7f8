/**
 * The express application over one loaded graph: the REST API under /api/v1, health checks, the API
 * reference and (when built) the web viewer. Listening is the entry file's business, so tests drive this
 * with supertest and no port.
 */
import express, { type Express } from "express";
import { type Logger, pino } from "pino";
import { API_BASE } from "./api-base.js";
import { DEFAULT_SERVER_SETTINGS, type ServerSettings } from "./config.js";
import { createContext, type Knowledge } from "./context.js";
import { RouteNotFoundError } from "./errors.js";
import { corsPolicy } from "./middleware/cors-policy.js";
import { drainConnections } from "./middleware/drain-connections.js";
import { errorHandler } from "./middleware/error-handler.js";
import { rateLimiter } from "./middleware/rate-limiter.js";
import { requestLimits } from "./middleware/request-limits.js";
import { requestLogger } from "./middleware/request-logger.js";
import { securityHeaders } from "./middleware/security-headers.js";
import { conceptsRoutes } from "./routes/concepts.js";
import { docsRoutes } from "./routes/docs.js";
import { graphRoutes } from "./routes/graph.js";
import { healthRoutes } from "./routes/health.js";
import { readOnly } from "./routes/register-operation.js";
import { searchRoutes } from "./routes/search.js";
import { serviceRoutes } from "./routes/service.js";
import { traversalRoutes } from "./routes/traversal.js";
import { webViewer } from "./routes/web-viewer.js";

export interface CreateServerOptions {
  /** The validated graph, its layout and content hash (see loadKnowledgeSource). */
  knowledge: Knowledge;
  /** Overrides of DEFAULT_SERVER_SETTINGS (CORS, rate limit, caching, limits, web root). */
  settings?: Partial<ServerSettings>;
  /** Request logger (default: a silent pino logger). */
  logger?: Logger;
  /** True once shutdown has begun: /readyz answers 503 and responses close their connections (default: never). */
  isDraining?: () => boolean;
}

export function createServer(options: CreateServerOptions): Express {
  const settings: ServerSettings = { ...DEFAULT_SERVER_SETTINGS, ...options.settings };
  const isDraining = options.isDraining ?? (() => false);
  const context = createContext(options.knowledge, settings);
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false); // representations carry their own strong ETags (http/entity-tag.ts)
  app.set("query parser", "simple"); // flat string | string[] values: no nested objects from `a[b]=c`
  app.set("trust proxy", settings.trustProxy);

  app.use(requestLogger(options.logger ?? pino({ level: "silent" })));
  app.use(drainConnections(isDraining));
  app.use(requestLimits(settings));
  app.use(securityHeaders());
  app.use(healthRoutes(context, isDraining));

  const api = express.Router();
  api.use(corsPolicy(settings.corsOrigins));
  api.use(healthRoutes(context, isDraining));
  api.use(rateLimiter(settings.rateLimitPerMinute));
  api.use(conceptsRoutes(context));
  api.use(traversalRoutes(context));
  api.use(searchRoutes(context));
  api.use(graphRoutes(context));
  api.use(serviceRoutes(context));
  api.use(docsRoutes(context));
  app.use(API_BASE, api);
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
