/*
 * Security headers are not set here: next.config is read when the app is built, and a deployment's
 * settings (HTTPS, HSTS) are known only when it starts. lib/ops/request-hooks.ts sets them on every
 * response at run time (values from lib/security), and proxy.ts gives pages their per-request nonce.
 */
import type { NextConfig } from "next";
import { JSON_API_SOURCE, JSON_CONTENT_TYPE } from "./lib/api/content-type";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // A self-contained server (node .next/standalone/server.js, see scripts/postbuild.mjs) for the image.
  output: "standalone",
  poweredByHeader: false,
  // lib/ops/request-hooks.ts compresses instead (Brotli as well as gzip), after the stylesheet is inlined.
  compress: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the server uses
  // it; PGlite loads its wasm and data files from its own package folder, pg has optional native
  // bindings, and jsdom (the import pipeline) is server-only and does not bundle.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "@electric-sql/pglite", "pg", "jsdom"],
  async headers() {
    return [
      // Next 16.4 copies a route handler's Content-Type as a one-item array, which the compression
      // middleware does not recognise as compressible, so handler JSON went out uncompressed
      // (vercel/next.js#98007).
      // Set here, the header is a plain string and the handler's own is skipped, so it must be true of
      // every path it covers: all API routes answer JSON but the CSV exports, left out so their own
      // Content-Type stands (text/csv, or JSON for their errors). lib/security/next-config.test.ts checks
      // the pattern against the route manifest (lib/api/routes.ts).
      { source: JSON_API_SOURCE, headers: [{ key: "Content-Type", value: JSON_CONTENT_TYPE }] },
    ];
  },
};

export default nextConfig;
