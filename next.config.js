/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the cues API uses it;
  // PGlite loads its wasm and data files from its own package folder, and pg has optional native bindings.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "@electric-sql/pglite", "pg"],
};

export default nextConfig;
