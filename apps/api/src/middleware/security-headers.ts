/**
 * helmet with a Content-Security-Policy the web viewer and the API reference can live with: everything from
 * this origin, no inline scripts; inline styles allowed (React and sigma set style attributes), data:/blob:
 * images and workers (WebGL textures, layout workers).
 */
import type { RequestHandler } from "express";
import helmet from "helmet";

export function securityHeaders(): RequestHandler {
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
