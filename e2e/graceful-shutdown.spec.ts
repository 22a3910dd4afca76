// Issue 8, item 11 and issue 17, items 5 and 6: SIGTERM while requests are in flight, and
// overload. A second app server of the same build (started as npm start starts it, with two
// processes sharing its own port, on the e2e database) gets twenty requests at once, pages that
// render and health checks that query the database, and SIGTERM right behind them: every one is
// answered completely with 200, the app exits 0, and none of its database sessions remain (ADR
// 012, 021). Filled up, it answers further requests with 503 and Retry-After, never a reset.
import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import http from "node:http";
import { countAppConnections, sendInFlightRequests, waitForExit } from "../scripts/load/drain-probe";
import { freePort } from "../scripts/free-port";
import { startAppServer, waitUntilHealthy } from "../scripts/serve-app";
import { e2eAppDatabaseUrl, e2eDatabaseUrl } from "./support/e2e-database";

// application_name tells the second app's database sessions apart from the e2e server's.
const APPLICATION_NAME = "evne-graceful-shutdown-test";

test("SIGTERM: requests in flight finish, the database connections close, the app exits 0", async () => {
  test.setTimeout(60_000);
  const ownerUrl = e2eDatabaseUrl();
  const appUrl = new URL(e2eAppDatabaseUrl());
  appUrl.searchParams.set("application_name", APPLICATION_NAME);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const app = startAppServer({
    appUrl: appUrl.toString(),
    port,
    host: "127.0.0.1",
    stdio: "ignore",
    processes: 2,
  });
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

    expect(
      probes.results.map((result) => [result.status, result.complete, result.error]),
      `answers: ${JSON.stringify(probes.results.filter((result) => result.detail || result.error))}`,
    ).toEqual(paths.map(() => [200, true, undefined]));
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

test("overload: requests beyond the limit get 503 with Retry-After at once, not a reset", async () => {
  test.setTimeout(60_000);
  const appUrl = e2eAppDatabaseUrl();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // One request at a time per process and no queue: two held requests fill both processes.
  const app = startAppServer({
    appUrl,
    port,
    host: "127.0.0.1",
    stdio: "ignore",
    processes: 2,
    env: { ...process.env, APP_MAX_IN_FLIGHT: "1", APP_MAX_QUEUED: "0" },
  });
  const held: HeldRequest[] = [];
  try {
    expect(await waitUntilHealthy(`${baseUrl}/api/health`, 30_000)).toBe(true);
    // Requests whose body has not all arrived stay in flight until it does. Each process takes
    // new connections in turn; with more held requests than processes, every process holds one
    // (the others are refused at once, which is what this test is about, too).
    for (let index = 0; index < 4; index += 1) held.push(await holdRequest(port));
    await expect.poll(() => held.filter((request) => request.answer === undefined).length).toBe(2);
    for (const request of held.filter((request) => request.answer !== undefined)) {
      expect(request.answer).toMatchObject({ status: 503, retryAfter: "1" });
    }

    const pages = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${baseUrl}/nb/sign-in`).then(async (response) => ({
          status: response.status,
          retryAfter: response.headers.get("retry-after"),
          body: await response.text(),
        })),
      ),
    );
    for (const page of pages) {
      expect(page).toMatchObject({ status: 503, retryAfter: "1" });
      expect(page.body).toContain("try again in a moment");
    }
    const api = await fetch(`${baseUrl}/api/auth/session`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: "OVERLOADED", retryAfterSeconds: 1 });
    // The health check answers outside the limit: a busy process is alive.
    expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);

    // The held requests were accepted: they are answered once their bodies arrive.
    const finished = await Promise.all(
      held.filter((request) => request.answer === undefined).map((request) => request.finish()),
    );
    for (const answer of finished) expect(answer.status).toBe(204);
    // And with room again, pages render.
    expect((await fetch(`${baseUrl}/nb/sign-in`)).status).toBe(200);
  } finally {
    for (const request of held) request.abort();
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  }
});

test("a crashed app process is started again while the other keeps answering", async () => {
  test.setTimeout(60_000);
  const appUrl = e2eAppDatabaseUrl();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  // No job worker or snapshot scheduler: only the web processes matter here.
  const app = startAppServer({
    appUrl,
    port,
    host: "127.0.0.1",
    stdio: "ignore",
    processes: 2,
    env: { ...process.env, JOB_WORKER: "off", SNAPSHOT_SCHEDULER: "off" },
  });
  try {
    expect(await waitUntilHealthy(`${baseUrl}/api/health`, 30_000)).toBe(true);
    await expect.poll(() => workersOf(app.pid!)).toHaveLength(2);
    const [crashed, survivor] = workersOf(app.pid!);
    process.kill(crashed!, "SIGKILL");
    // Once the primary has seen the crash (it reaps the process), connections go to the survivor.
    await expect.poll(() => workersOf(app.pid!).includes(crashed!)).toBe(false);
    // A connection handed over at the very moment of the crash may be lost; the next is answered.
    await expect
      .poll(() =>
        fetch(`${baseUrl}/nb/sign-in`, { signal: AbortSignal.timeout(10_000) }).then(
          (response) => response.status,
          () => 0,
        ),
      )
      .toBe(200);
    // A new process in the crashed one's place; the survivor was never restarted.
    await expect
      .poll(
        () => {
          const now = workersOf(app.pid!);
          return now.length === 2 && now.includes(survivor!) && !now.includes(crashed!);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    expect(app.exitCode).toBeNull();
    const exited = waitForExit(app);
    app.kill("SIGTERM");
    expect(await exited).toMatchObject({ code: 0, signal: null });
  } finally {
    if (app.exitCode === null && app.signalCode === null) app.kill("SIGKILL");
  }
});

/** The app server's worker processes (children of its primary), as process ids. */
function workersOf(primary: number): number[] {
  const listed = spawnSync("ps", ["-o", "pid=", "--ppid", String(primary)], { encoding: "utf8" }).stdout;
  return listed
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0);
}

type HeldAnswer = { status: number; retryAfter: string | undefined };
type HeldRequest = { answer?: HeldAnswer; finish: () => Promise<HeldAnswer>; abort: () => void };

/** A CSP report whose body is only half sent: in flight until finish() sends the rest. */
async function holdRequest(port: number): Promise<HeldRequest> {
  const body = JSON.stringify({
    "csp-report": { "document-uri": "http://127.0.0.1/", "violated-directive": "script-src" },
  });
  const half = Math.floor(body.length / 2);
  const held: HeldRequest = { finish: () => answered, abort: () => request.destroy() };
  const request = http.request({
    host: "127.0.0.1",
    port,
    path: "/api/csp-report",
    method: "POST",
    agent: false,
    headers: { "content-type": "application/csp-report", "content-length": Buffer.byteLength(body) },
  });
  const answered = new Promise<HeldAnswer>((resolve, reject) => {
    request.on("response", (response) => {
      response.resume();
      const retryAfter = response.headers["retry-after"];
      held.answer = {
        status: response.statusCode ?? 0,
        retryAfter: Array.isArray(retryAfter) ? retryAfter[0] : retryAfter,
      };
      resolve(held.answer);
    });
    request.on("error", reject);
  });
  held.finish = async () => {
    request.end(body.slice(half));
    return answered;
  };
  request.write(body.slice(0, half));
  // Written: the next request opens its connection after this one reached the server.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return held;
}
