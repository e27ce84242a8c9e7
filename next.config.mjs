// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server (.next/standalone) for the image and the smoke test.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  // Lens never optimises remote images: avatars come straight from Intercom's CDN as plain <img>.
  images: { unoptimized: true },
  // The fake workspace is served in-process in demo mode; keep it out of the client bundles.
  // pino stays a plain Node package: bundling breaks its thread-stream workers.
  serverExternalPackages: ["pino"],
};

export default nextConfig;
