// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Lens never optimises remote images: avatars come straight from Intercom's CDN as plain <img>.
  images: { unoptimized: true },
  // The store's drivers load native code or optional modules at run time; Node loads them, not the bundler.
  serverExternalPackages: ["libsql", "pg"],
};

export default nextConfig;
