// Issue 8, item 11: SIGTERM while requests are in flight. A second `next start` of the same build
// (started as npm start starts it, on its own port, on the e2e database) gets twenty requests at
// once, pages that render and health checks that query the database, and SIGTERM right behind
// them: every one is answered completely with 200, the app exits 0, and none of its database
// sessions remain. ADR 012 describes the stop.
import { expect, test } from "@playwright/test";
import { createServer } from "node:net";
import { APP_ROLE, getEnv, withCredentials } from "../lib/env";
import { countAppConnections, sendInFlightRequests, waitForExit } from "../scripts/load/drain-probe";
import { startNextServer, waitUntilHealthy } from "../scripts/serve-app";
import { e2eDatabaseUrl } from "./support/login";

// application_name tells the second app's database sessions apart from the e2e server's.
const APPLICATION_NAME = "evne-graceful-shutdown-test";

test("SIGTERM: requests in flight finish, the database connections close, the app exits 0", async () => {
  test.setTimeout(60_000);
  const ownerUrl = e2eDatabaseUrl();
  const appUrl = new URL(withCredentials(ownerUrl, APP_ROLE, getEnv().APP_DATABASE_PASSWORD));
  appUrl.searchParams.set("application_name", APPLICATION_NAME);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startNextServer({ appUrl: appUrl.toString(), port, host: "127.0.0.1", stdio: "ignore" });
  try {
    expect(await waitUntilHealthy(`${baseUrl}/api/health`, 30_000)).toBe(true);
    // The health check opened a pooled connection: there is something to close.
    expect(await countAppConnections(ownerUrl, APPLICATION_NAME)).toBeGreaterThan(0);

    const exited = waitForExit(app);
    const paths = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? "/nb/sign-in" : "/api/health"));
    const probes = await sendInFlightRequests({
      baseUrl,
      paths,
      signal: () => app.kill("SIGTERM"),
      settleMs: 200,
    });

    expect(probes.results.map((result) => [result.status, result.complete, result.error])).toEqual(
      paths.map(() => [200, true, undefined]),
    );
    // They were in flight: answers came after the signal was sent.
    expect(probes.answeredBeforeSignal).toBeLessThan(paths.length);
    const exit = await exited;
    expect(exit).toMatchObject({ code: 0, signal: null });
    // Postgres ends a session as soon as the app says goodbye; give it a moment to show.
    await expect.poll(() => countAppConnections(ownerUrl, APPLICATION_NAME), { timeout: 2_000 }).toBe(0);
    // Stopped: the port no longer answers.
    await expect(fetch(`${baseUrl}/api/health`)).rejects.toThrow();
  } finally {
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  }
});

/** A port nothing listens on now (the system picks it), so parallel checkouts do not collide. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
