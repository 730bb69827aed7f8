/** GET /docs/ (the reference page), its initializer and the few swagger-ui-dist files it loads. */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import compression from "compression";
import { type RequestHandler, Router } from "express";
import { API_BASE } from "../api-base.js";
import { createCompressionCache } from "../http/compress-body.js";
import { createRepresentation, type Representation } from "../http/representation.js";
import { sendRepresentation } from "../http/send-representation.js";
import { pageSecurityHeaders } from "../middleware/security-headers.js";
import { DOCS_HTML, DOCS_INIT_JS } from "./docs-page.js";
import { readOnly } from "./register-operation.js";

const SWAGGER_UI_ROOT = dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));
/** The only files of swagger-ui-dist served (its own index.html points at a remote petstore). */
const SWAGGER_UI_FILES = new Set([
  "swagger-ui.css",
  "swagger-ui-bundle.js",
  "favicon-32x32.png",
  "favicon-16x16.png",
]);
/** The bundled files change only with the package version. */
const ASSET_CACHE_CONTROL = "public, max-age=86400";

export function docsRoutes(): Router {
  const router = Router();
  // Two small bodies in two codings each: they do not depend on the knowledge, so reloads keep them.
  const compressionCache = createCompressionCache(8, 4 * 1024 * 1024);
  const send =
    (representation: Representation): RequestHandler =>
    (request, response) =>
      sendRepresentation(request, response, representation, {
        cacheControl: "no-cache",
        conditional: true,
        compression: compressionCache,
      });
  const page = send(createRepresentation(DOCS_HTML, "text/html; charset=utf-8"));
  const script = send(createRepresentation(DOCS_INIT_JS, "text/javascript; charset=utf-8"));
  const assets = compression();
  router.use("/docs", pageSecurityHeaders());

  // Routing is not strict, so "/docs" also matches "/docs/": the page's relative URLs need the slash.
  router
    .route("/docs")
    .get((request, response, next) =>
      request.path.endsWith("/")
        ? page(request, response, next)
        : response.redirect(301, `${API_BASE}/docs/`),
    )
    .all(readOnly);
  router.route("/docs/docs-init.js").get(script).all(readOnly);
  router
    .route("/docs/:file")
    .get((request, response, next) => {
      const file = request.params.file;
      if (!SWAGGER_UI_FILES.has(file)) return next("route");
      assets(request, response, () =>
        response.sendFile(
          join(SWAGGER_UI_ROOT, file),
          { headers: { "Cache-Control": ASSET_CACHE_CONTROL } },
          (error) => {
            // After the headers, an error means the client went away; there is nobody left to tell.
            if (error && !response.headersSent) next(error);
          },
        ),
      );
    })
    .all(readOnly);
  return router;
}
