/**
 * Serves the built web viewer: its files, and index.html for any page route (the viewer routes in the
 * browser), but never for `/api/*` (mounted before this) nor for a missing file with an extension.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import compression from "compression";
import express, { type Router } from "express";
import { readOnly } from "./register-operation.js";

/** Vite puts content-hashed files under assets/: they never change, so caches may keep them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** @returns the router, or undefined when `root` has no index.html (the viewer is not built) */
export function webViewer(directory: string | null): Router | undefined {
  if (directory === null) return undefined;
  const root = resolve(directory);
  if (!existsSync(join(root, "index.html"))) return undefined;
  const index = join(root, "index.html");
  const router = express.Router();
  router.use(compression());
  router.use(
    express.static(root, {
      index: false,
      redirect: false,
      dotfiles: "ignore",
      setHeaders: (response, path) => {
        response.setHeader(
          "Cache-Control",
          path.includes(`${join(root, "assets")}/`) ? IMMUTABLE : "no-cache",
        );
      },
    }),
  );
  router
    .route("/{*page}")
    .get((request, response, next) => {
      const last = request.path.split("/").at(-1) ?? "";
      if (last.includes(".")) return next("route");
      response.sendFile(index, { headers: { "Cache-Control": "no-cache" } }, (error) => {
        if (error && !response.headersSent) next(error);
      });
    })
    .all(readOnly);
  return router;
}
