/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: the English model is large and only the cues API uses it.
  serverExternalPackages: ["wink-nlp", "wink-eng-lite-web-model"],
};

export default nextConfig;
