/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the server uses
  // it; PGlite loads its wasm and data files from its own package folder, pg has optional native
  // bindings, and jsdom (the import pipeline) is server-only and does not bundle.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "@electric-sql/pglite", "pg", "jsdom"],
};

export default nextConfig;
