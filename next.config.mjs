// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server (.next/standalone) for the image and the smoke test.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Lens never optimises remote images: avatars come straight from Intercom's CDN as plain <img>.
  images: { unoptimized: true },
  // Native code, optional modules and worker threads load at run time: Node loads these, not the bundler
  // (bundling breaks pino's thread-stream workers and libsql's native binding).
  serverExternalPackages: ["libsql", "pg", "pino"],
};

export default nextConfig;
