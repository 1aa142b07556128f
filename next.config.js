/**
 * Security headers for API responses and build assets, which proxy.ts does not handle (pages get theirs,
 * with a per-request nonce, from proxy.ts). Not from the proxy because a proxy makes Next buffer every
 * request body in memory before the route runs (up to 10 MB): the routes' own body limits would come too
 * late, and a request declaring a huge Content-Length would hold its connection open waiting for it.
 *
 * The values are lib/security/headers.ts's apiSecurityHeaders(), written out because this file is plain
 * JS; lib/security/next-config.test.ts fails if they drift. `headers()` runs at build time, so
 * PARALLAX_HTTPS=1 must be set for `next build`.
 */
const https = process.env.PARALLAX_HTTPS === "1";
const apiPolicy = [
  "default-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  ...(https ? ["upgrade-insecure-requests"] : []),
].join("; ");
const hardening = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

/** Every API path not ending in `.csv` (path-to-regexp, as Next matches `source`). */
const JSON_ROUTES = "/api/:path((?!.*\\.csv$).*)";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A self-contained server (node .next/standalone/server.js, see scripts/postbuild.mjs) for the image.
  output: "standalone",
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the server uses
  // it; PGlite loads its wasm and data files from its own package folder, pg has optional native
  // bindings, and jsdom (the import pipeline) is server-only and does not bundle.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "@electric-sql/pglite", "pg", "jsdom"],
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: apiPolicy }, ...hardening],
      },
      // Next 16.4 copies a route handler's Content-Type as a one-item array, which its gzip middleware
      // does not recognise as compressible, so handler JSON went out uncompressed (vercel/next.js#98007).
      // Set here, the header is a plain string and the handler's own is skipped, so it must be true of
      // every path it covers: all API routes answer JSON but the CSV export, left out so its own
      // Content-Type stands (text/csv, or JSON for its errors). lib/security/next-config.test.ts checks
      // each route handler against the pattern.
      { source: JSON_ROUTES, headers: [{ key: "Content-Type", value: "application/json; charset=utf-8" }] },
      { source: "/_next/static/:path*", headers: hardening },
    ];
  },
};

export default nextConfig;
