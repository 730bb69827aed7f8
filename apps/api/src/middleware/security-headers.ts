/**
 * Security headers in two sets, by what a response is.
 *
 * - Every response gets the short set for data (JSON, problems, files): no MIME sniffing, no framing, no
 *   referrer, and a Content-Security-Policy that allows nothing, so a response opened as a page can run no
 *   script and load nothing (OWASP's set for REST APIs). An API answer pays for four `setHeader` calls and
 *   ~150 bytes.
 * - Pages (the viewer, the API reference) get helmet's full set on top, with a policy the viewer and Swagger UI
 *   can live with: everything from this origin, no inline scripts; inline styles allowed (React and sigma set
 *   style attributes), data:/blob: images and workers (WebGL textures, layout workers). It replaces the data
 *   set's CSP.
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

const DATA_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-Frame-Options", "DENY"],
  ["Referrer-Policy", "no-referrer"],
];

/** The short set, for every response. */
export function dataSecurityHeaders(): RequestHandler {
  return (_request, response, next) => {
    for (const [name, value] of DATA_HEADERS) response.setHeader(name, value);
    next();
  };
}

/** helmet's full set, for responses that are pages; mount it on the routes that serve them. */
export function pageSecurityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    xFrameOptions: { action: "deny" },
    // Served over plain http on 127.0.0.1 by default: upgrading requests or pinning https would break it.
    strictTransportSecurity: false,
  });
}
