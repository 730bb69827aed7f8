/**
 * Serves the built web viewer: its files (express.static: no dotfiles, nothing outside the root), and
 * index.html for page routes — GET/HEAD of a path without a file extension from a client that accepts HTML
 * (the viewer routes in the browser) — but never for `/api/*` (mounted before this), for a missing file with
 * an extension, or for a client that asks for something else (`Accept: application/json`); those get 404.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import compression from "compression";
import express, { type Router } from "express";
import { pageSecurityHeaders } from "../middleware/security-headers.js";
import { readOnly } from "./register-operation.js";

/** Vite puts content-hashed files under assets/: they never change, so caches may keep them for a year. */
const IMMUTABLE = "public, max-age=31536000, immutable";

/** Control characters and backslashes never appear in the viewer's routes (`/`, `/concept/<id>`). */
function hasForbiddenCharacter(segment: string): boolean {
  for (const character of segment) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || character === "\\") return true;
  }
  return false;
}

/**
 * Whether a request path (still percent-encoded) is one of the viewer's pages rather than a file: no segment
 * starts with a dot once decoded (no `..`, no dotfiles), none holds control characters or backslashes, and
 * the last has no extension. Anything else that express.static did not serve is a 404.
 */
function isPageRoute(path: string): boolean {
  const segments = path.split("/");
  for (const [index, raw] of segments.entries()) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return false;
    }
    if (segment.startsWith(".") || hasForbiddenCharacter(segment)) return false;
    if (index === segments.length - 1 && segment.includes(".")) return false;
  }
  return true;
}

/** @returns the router, or undefined when `root` has no index.html (the viewer is not built) */
export function webViewer(directory: string | null): Router | undefined {
  if (directory === null) return undefined;
  const root = resolve(directory);
  if (!existsSync(join(root, "index.html"))) return undefined;
  const index = join(root, "index.html");
  const router = express.Router();
  router.use(pageSecurityHeaders());
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
      // No Accept header and `*/*` accept HTML too: curl and links from other tools get the page.
      if (!isPageRoute(request.path) || !request.accepts("html")) return next("route");
      response.sendFile(index, { headers: { "Cache-Control": "no-cache" } }, (error) => {
        if (error && !response.headersSent) next(error);
      });
    })
    .all(readOnly);
  return router;
}
