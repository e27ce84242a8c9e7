// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lens never optimises remote images: avatars come straight from Intercom's CDN as plain <img>.
  images: { unoptimized: true },
  // The fake workspace is served in-process in demo mode; keep it out of the client bundles.
  serverExternalPackages: [],
};

export default nextConfig;
