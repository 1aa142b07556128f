/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the cues API uses it;
  // jsdom (the import pipeline) is server-only and does not bundle.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model", "jsdom"],
};

export default nextConfig;
