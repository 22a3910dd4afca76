import Module, { createRequire } from "node:module";
import { defineConfig, devices } from "@playwright/test";
import { e2eAppDatabaseUrl } from "./e2e/support/e2e-database";
import { SSO_TEST_CLIENT } from "./e2e/support/sso-provider";

const port = Number(process.env.E2E_PORT ?? 3100);

// Test files arrange data through the same use cases and factories as the integration tests
// (lib/**/testing, e2e/support/arrange.ts), as the application role under row-level security like
// the app. Those are "server-only" modules, and the test runner is no React server: as under Vitest
// (vitest.config.ts), the marker package stands in as an empty module, in the runner and in each
// worker (both load this file first).
const runnerRequire = createRequire(__filename);
const serverOnly = runnerRequire.resolve("server-only");
const marker = new Module(serverOnly);
marker.filename = serverOnly;
marker.paths = [];
marker.loaded = true;
runnerRequire.cache[serverOnly] = marker;
process.env.APP_DATABASE_URL = e2eAppDatabaseUrl();
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

// Debian's Chromium (npm test's first step installs it: scripts/prepare-test-machine.ts); Playwright's
// own browser download does not work here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "e2e",
  // The identity provider the server below signs people on with (e2e/sso.spec.ts).
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Journeys that act as several people (HR, invitee, outsider) take longer than one page view.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Recording a trace of every test costs a sixth of the suite's time on two cores (measured:
    // 1 min 48 s against 2 min 8 s for the library and learning specs), and CI keeps only the
    // printed output; locally a failed test leaves its trace in test-results/.
    trace: process.env.CI ? "off" : "retain-on-failure",
    locale: "nb-NO",
  },
  projects: [
    {
      name: "desktop",
      testIgnore: /.*\.mobile\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], locale: "nb-NO", launchOptions },
    },
    {
      name: "mobile",
      // The main journeys again on a phone-sized screen: many employees use Evne on a phone.
      testMatch: /.*\.mobile\.spec\.ts/,
      use: { ...devices["Pixel 7"], locale: "nb-NO", launchOptions },
    },
  ],
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: "npx tsx scripts/e2e-server.ts",
        url: `${baseURL}/api/health`,
        reuseExistingServer: !process.env.CI,
        timeout: 600_000,
        stdout: "pipe",
        stderr: "pipe",
        // APP_URL: sign-in links in the outbox must point at this server, not at localhost:3000.
        // SNAPSHOT_SCHEDULER off: reporting snapshots are taken by the tests (e2e/support/snapshots.ts).
        // JOB_SCHEDULE off: no notification scan at a quarter past, between a test's before and after.
        // OIDC_*: single sign-on with the test identity provider that globalSetup starts.
        env: {
          E2E_PORT: String(port),
          APP_URL: baseURL,
          SNAPSHOT_SCHEDULER: "off",
          JOB_SCHEDULE: "off",
          // The tests play the reverse proxy: each says which client it is in X-Forwarded-For.
          TRUSTED_PROXY_HOPS: "1",
          OIDC_ISSUER: SSO_TEST_CLIENT.issuer,
          OIDC_CLIENT_ID: SSO_TEST_CLIENT.clientId,
          OIDC_CLIENT_SECRET: SSO_TEST_CLIENT.clientSecret,
        },
      },
});
