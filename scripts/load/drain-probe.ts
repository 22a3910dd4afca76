// Checks of a graceful stop, shared by npm run load (phase 3) and e2e/graceful-shutdown.spec.ts: requests that
// are in flight when the app gets SIGTERM, the app's exit, and its database connections after it.
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import { withClient } from "../db/server";

/** `detail`: the start of a body that was not a 200's, so that a failing check says why. */
export type ProbeResult = {
  status: number;
  complete: boolean;
  error?: string;
  detail?: string;
  finishedAt: number;
};

/**
 * Sends one request per path, each on its own connection, and calls `signal` once every request
 * is written and the server has had a moment to pick it up: they are in flight then. Resolves when
 * every request has its answer or its error.
 */
export async function sendInFlightRequests(options: {
  baseUrl: string;
  paths: string[];
  cookie?: string;
  /** The requests are on the wire (not answered yet): send the signal now. */
  signal: () => void;
  /** How long the server gets to accept the connections before the signal. */
  settleMs?: number;
}): Promise<{ results: ProbeResult[]; signalAt: number; answeredBeforeSignal: number }> {
  const url = new URL(options.baseUrl);
  const written: Promise<void>[] = [];
  const answers = options.paths.map(
    (path) =>
      new Promise<ProbeResult>((resolve) => {
        let wrote: () => void = () => {};
        written.push(new Promise((done) => (wrote = done)));
        const request = http.request(
          {
            host: url.hostname,
            port: url.port,
            path,
            method: "GET",
            agent: false,
            headers: { accept: "text/html", ...(options.cookie ? { cookie: options.cookie } : {}) },
          },
          (response) => {
            let body = "";
            response.setEncoding("utf8");
            response.on("data", (chunk: string) => {
              if (response.statusCode !== 200 && body.length < 300) body += chunk;
            });
            // `complete`: the whole message arrived, not a connection cut halfway through the body.
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                complete: response.complete,
                ...(body ? { detail: body.slice(0, 300) } : {}),
                finishedAt: Date.now(),
              }),
            );
            response.on("error", (error) =>
              resolve({
                status: response.statusCode ?? 0,
                complete: false,
                error: error.message,
                finishedAt: Date.now(),
              }),
            );
          },
        );
        request.on("finish", () => wrote());
        request.on("error", (error) => {
          wrote();
          resolve({ status: 0, complete: false, error: error.message, finishedAt: Date.now() });
        });
        request.end();
      }),
  );
  await Promise.all(written);
  await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 200));
  const signalAt = Date.now();
  options.signal();
  const results = await Promise.all(answers);
  return {
    results,
    signalAt,
    answeredBeforeSignal: results.filter((result) => result.finishedAt < signalAt).length,
  };
}

export function waitForExit(
  child: ChildProcess,
): Promise<{ code: number | null; signal: string | null; at: number }> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode, at: Date.now() });
  return new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
}

/**
 * Sessions of the application role on the database of `url`; with `applicationName`, only those
 * of the app started with that application_name in its connection URL.
 */
export async function countAppConnections(url: string, applicationName?: string): Promise<number> {
  return withClient(url, async (client) => {
    const database = new URL(url).pathname.slice(1);
    const { rows } = await client.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity
        where usename = 'evne_app' and datname = $1 and ($2::text is null or application_name = $2)`,
      [database, applicationName ?? null],
    );
    return rows[0]?.count ?? 0;
  });
}
