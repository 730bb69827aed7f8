/** Vite build and dev server for the viewer. `/api` is proxied to the API in development. */
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { bundleSizeReport } from "./scripts/bundle-size-report.ts";
import { preloadEntryChunks } from "./scripts/preload-entry-chunks.ts";

/** Where `npm run dev` sends `/api/*`: the API started by `npm start` (or `npm run dev -w @kubenotes/api`). */
const API_ORIGIN = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react(), preloadEntryChunks(), bundleSizeReport({ budgetKb: 300 })],
  base: "/",
  build: { target: "es2022", sourcemap: false, chunkSizeWarningLimit: 700 },
  server: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
  preview: { proxy: { "/api": { target: API_ORIGIN, changeOrigin: false } } },
});
